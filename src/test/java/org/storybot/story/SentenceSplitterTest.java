package org.storybot.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.storybot.support.SharedData;

/**
 * Sentence splitting on real news paragraphs from the shared data: titles, initials, months and clock times
 * that are no sentence end, genuine ends after "U.S.", and quotations kept with who said them.
 */
class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /**
     * Real paragraphs from ../shared/data (the file is named after each case), each written as the sentences it
     * must split into, one per line, a trailing backslash continuing a line; the paragraph is its sentences
     * joined by a space, verbatim. A line "# name (file)" starts each case.
     */
    private static final String PARAGRAPHS = """
            # install Sen. Jeff Sessions (politics_2017)
            The Senate on Wednesday voted to install Sen. Jeff Sessions as the nation’s next attorney general, \
            ending a confirmation battle that plunged the chamber into bitter acrimony and shattered all notions \
            of senatorial courtesy.
            # U.S. before a noun (politics_2017)
            If any investigation into the 2016 election does move forward, however, Acting Deputy Attorney \
            General and U.S. Attorney for the Eastern District of Virginia Dane Boente will oversee those \
            matters.
            He was appointed acting attorney general in the interim before Sessions' confirmation after Obama \
            holdover Sally Yates was fired by Trump for refusing to defend the president's temporary ban on \
            refugees and visa holders from seven majority-Muslim countries.
            # U.S. before In (politics_2017)
            During the presidential campaign, Mr. Trump proposed a full ban on admitting any Muslims to the U.S.
            In January, after taking office, he issued an executive order that imposed a 120-day pause on all \
            new refugees, dropped the annual ceiling of refugees to 50,000 — down from the 110,000 that \
            President Obama had set, and called for a 90-day halt in admissions from Iran, Iraq, Libya, Somalia, \
            Sudan, Syria and Yemen.
            # U.S. before Those (politics_2017)
            The court ruled that Trump may bar people from six majority Muslim countries — Iran, Libya, Somalia, \
            Sudan, Syria and Yemen — if they have no "bona fide" relationship to the U.S.
            Those that have established ties will be allowed to continue entering the country, which covers the \
            majority of visitors from those countries.
            # a genuine end after U.S. (politics_2017)
            The court ruled that the administration's main argument — that the travel ban is needed to improve \
            vetting procedures to stop would-be terrorists from entering the country — is at its "peak" when \
            applied to foreigners who have no ties to the U.S.
            # an initial after a quote (politics_2017)
            “This order allows only a narrow sliver of the ban to go forward. We will stop any attempt by the \
            Trump administration to go further,” said Omar C. Jadwat, director of the Immigrant Rights Project \
            at the American Civil Liberties Union.
            # initials H.R. (politics_2017)
            Tillerson, Secretary of Defense James Mattis and national security adviser Gen. H.R. McMaster had \
            all advocated for Iraq to be removed from the Trump administration's list of banned countries in the \
            new executive order for diplomatic reasons, including Iraq's role in fighting ISIS, sources told \
            CNN's Elise Labott and Evan Perez.
            Homeland Security Secretary John Kelly also supported the move.
            # initials A. and M. (politics_2017)
            Three members of the court — Justices Clarence Thomas, Samuel A. Alito Jr. and Neil M. Gorsuch — \
            issued their own opinion saying they would have gone further and upheld the president’s entire \
            policy.
            # 5 p.m. Monday (politics_2017)
            In a bombshell letter to Justice Department attorneys working on cases filed by refugees and visa \
            holders delivered around 5 p.m. Monday, Yates said she was not "convinced" about the legality of \
            Trump's decision to block travelers from Iraq, Iran, Syria, Yemen, Sudan, Libya and Somalia for 90 \
            days; to suspend new refugee admissions; and to ban the acceptance of Syrian refugees indefinitely.
            # p.m. ET (politics_2017)
            Updated at 10:30 p.m. ET
            # Sept. 30 (politics_2017)
            More than 100,000 people legally entered the U.S. from the six countries in fiscal 2016, which ended \
            last Sept. 30, according to State Department data.
            # Roe v. Wade (politics_2017)
            "I believe it violated the Constitution," Sessions said in response to a question from Democratic \
            Sen. Dianne Feinstein about whether he stands by his past statements calling Roe v. Wade a \
            "colossal" mistake.
            # Dr. John Hink (news_qa)
            At home when he heard about the disaster, Dr. John Hink, an emergency room physician, jumped into \
            his car and rushed to the scene in 15 minutes.
            He arrived at the south side of the bridge, stood on the riverbank and saw dozens of people lying \
            dazed on an expansive deck.
            # 2 a.m. and a comma (news_qa)
            At a forum held on the steps of Duke Chapel, close to where the noose was discovered at 2 a.m., \
            hundreds of people gathered.
            # a.m. before a lower-case word (news_qa)
            During the procedure Vice President Dick Cheney assumed presidential power.
            Bush reclaimed presidential power at 9:21 a.m. after about two hours.
            # Lt. Col. (news_qa)
            Lt. Col. Jean-Marc Menichini, a French Gendarmerie spokesman in charge of communications on rescue \
            efforts around the Germanwings crash site, told CNN that the reports were "completely wrong" and \
            "unwarranted."
            # Rev. Robert H. Schuller (news_qa)
            (CNN)The Rev. Robert H. Schuller, California televangelist and founder of the television ministry \
            "Hour of Power," died Thursday, according to his family.
            # R-Calif., before a verb (politics_2017)
            Thursday morning, House Majority Leader Kevin McCarthy, R-Calif., had added his voice to those \
            calling for Sessions to recuse himself, saying on MSNBC that the move would bolster public trust in \
            the investigation's integrity.
            He also said Sessions needed to clarify the nature of the meetings.
            # two quoted sentences with their speaker (news_qa)
            "I stayed in my car for one or two seconds. I saw a couple cars fall," he said.
            # three quoted pieces with their speaker (politics_2017)
            “You know who I am. You know what I believe in. You know that I am a man of my word and can be \
            trusted to do what I say I will do,” Sessions told senators.
            “You know that I revere our Constitution and am committed to the rule of law.
            And you know that I believe in fairness, impartiality and equal justice under the law.”
            # a quote that ends in a question, then its speaker (news_qa)
            "Turn your hurt into a halo?" said Randall Balmer, a professor of American religious history at \
            Dartmouth College, citing one such phrase.
            "That's pretty weak tea."
            # an exclamation, then its speaker (politics_2017)
            "If the ban were announced with a one week notice, the "bad" would rush into our country during that \
            week. A lot of bad "dudes" out there!" he tweeted on January 30
            # a quote opened after U.S. (politics_2017)
            The Journal said, "U.S. investigators have examined contacts [Sessions] had with Russian officials \
            during the time he was advising Donald Trump's presidential campaign, according to people familiar \
            with the matter."
            The paper said it was unclear what came out of the probe and whether it was still going on.
            # a lone closing quote (news_qa)
            "Vick did not gamble by placing side bets on any of the fights.
            Vick did not receive any of the proceeds from the purses that were won by 'Bad Newz Kennels.' "
            # four quoted pieces: over the cap (politics_2017)
            “We all know our colleague from Alabama.
            He’s honest.
            He’s fair.
            He’s been a friend of many of us on both sides of the aisle,” Senate Majority Leader Mitch McConnell \
            (R-Ky.) said Wednesday.
            “It’s been tough to watch all this good man has been put through in recent weeks.
            This is a well-qualified colleague with a deep reverence for the law.”
            """;

    /** A real paragraph and the sentences it must split into. */
    record Case(String name, List<String> sentences) {

        String paragraph() {
            return String.join(" ", sentences);
        }
    }

    static List<Case> cases() {
        return Arrays.stream(PARAGRAPHS.split("(?m)^# ")).filter(block -> !block.isBlank()).map(block -> {
            List<String> lines = block.lines().toList();
            return new Case(lines.get(0), lines.subList(1, lines.size()));
        }).toList();
    }

    static Stream<Arguments> paragraphs() {
        return cases().stream().map(c -> Arguments.of(c.name(), c.sentences()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void should_split_a_real_paragraph_into_its_sentences(String name, List<String> expected) {
        String paragraph = String.join(" ", expected);

        List<Sentence> sentences = SPLITTER.split(paragraph);

        assertThat(sentences).extracting(Sentence::text).containsExactlyElementsOf(expected);
        assertExact(paragraph, sentences);
    }

    @Test
    void should_keep_a_bare_word_as_one_sentence_and_blank_text_as_none() {
        assertThat(SPLITTER.split("  Advertisement  ")).containsExactly(new Sentence(1, 2, 15, "Advertisement"));
        assertThat(SPLITTER.split(" \n ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Senate on Wednesday voted to install Sen. | true
            “Sen.                                         | true
            jobs Ex-Rep.                                  | true
            said Omar C.                                  | true
            national security adviser Gen. H.R.           | true
            At his Jan.                                   | true
            ties to the U.S.                              | true
            This report was updated at 9:54 a.m.          | true
            Martin Luther King Jr.                        | true
            calling Roe v.                                | true
            as it crashed into the French Alps.           | false
            Mitch McConnell (R-Ky.)                       | false
            he told NBC News.                             | false
            Yes.                                          | false
            """)
    void should_tell_a_sentence_that_ends_in_an_abbreviation(String sentence, boolean abbreviation) {
        assertThat(Abbreviations.endsInAbbreviation(sentence)).isEqualTo(abbreviation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            voted to install Sen.                   | Jeff Sessions as the nation’s next attorney general | true
            Acting Deputy Attorney General and U.S. | Attorney for the Eastern District of Virginia       | true
            admitting any Muslims to the U.S.       | In January, after taking office, he issued          | false
            "bona fide" relationship to the U.S.    | Those that have established ties will be allowed    | false
            holders delivered around 5 p.m.         | Monday, Yates said she was not "convinced"          | true
            Updated at 10:30 p.m.                   | ET                                                  | true
            the original order signed Jan.          | 27 – and still suspends the resettlement            | true
            by a federal judge Feb.                 | 3.                                                  | true
            Bobby Schuller Jr.                      | left "Hour of Power" and the pulpit                 | true
            said Omar C.                            | Jadwat, director of the Immigrant Rights Project    | true
            Lt.                                     | Col.                                                | true
            No.                                     | Sessions was a senior member of the Senate          | false
            House Minority Leader Nancy Pelosi, D-Calif., | tweeted a call for Sessions to resign         | true
            "Turn your hurt into a halo?"           | said Randall Balmer, a professor                    | true
            won by 'Bad Newz Kennels.'              | "                                                   | true
            says the website Iranian.com            | -- which cites Zarif's memoirs                      | true
            (if you believe the WaPo report).       | pic.twitter.com/0vK12oMed1                          | false
            as it crashed into the French Alps.     | All 150 on board were killed.                       | false
            """)
    void should_tell_a_false_sentence_break(String before, String after, boolean continues) {
        assertThat(Abbreviations.continues(before, after)).isEqualTo(continues);
    }

    @ParameterizedTest
    @CsvSource({"The, true", "In, true", "It, true", "He, true", "She, true", "They, true", "We, true", "But, true",
        "And, true", "Those, true", "This, true", "That, true", "A, true", "An, true", "On, true", "At, true",
        "After, true", "When, true", "If, true", "As, true", "Attorney, false", "District, false",
        "Marshals, false", "Constitution, false", "Secretary, false", "May, false", "Monday, false", "the, false"})
    void should_know_the_closed_class_words_that_start_a_sentence(String word, boolean closed) {
        assertThat(Abbreviations.isClosedClass(word)).isEqualTo(closed);
    }

    @Test
    void should_start_a_new_sentence_only_after_an_abbreviation_that_can_end_one() {
        assertThat(Abbreviations.startsNewSentence("to the U.S.", "In January, after taking office")).isTrue();
        assertThat(Abbreviations.startsNewSentence("to the U.S.", "“We are not afraid.")).isTrue();
        assertThat(Abbreviations.startsNewSentence("the U.S.", "Attorney for the Eastern District")).isFalse();
        assertThat(Abbreviations.startsNewSentence("voted to install Sen.", "The")).isFalse();
    }

    @Test
    void should_end_no_sentence_of_the_shared_news_in_an_abbreviation_but_genuine_ends() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode article : read("data/politics_2017.json")) {
            article.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        }
        for (JsonNode story : read("data/news_qa.json")) {
            story.get("context").forEach(p -> paragraphs.add(p.asText()));
        }
        assertThat(paragraphs).as("the cases above are quoted verbatim from these files")
                .containsAll(cases().stream().map(Case::paragraph).toList());

        int sentences = 0;
        int words = 0;
        List<String> genuineEnds = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<Sentence> split = SPLITTER.split(paragraph);
            assertExact(paragraph, split);
            for (int i = 0; i < split.size(); i++) {
                String text = split.get(i).text();
                String next = i + 1 < split.size() ? split.get(i + 1).text() : null;
                sentences++;
                words += text.split("\\s+").length;
                assertThat(text.split("\\s+").length).as(text).isLessThanOrEqualTo(100);
                if (Abbreviations.endsInAbbreviation(text)) {
                    assertThat(Abbreviations.canEndSentence(text)
                            && (next == null || !Abbreviations.continues(text, next)))
                            .as("a false sentence end: %s | %s", text, next).isTrue();
                    genuineEnds.add(Abbreviations.lastToken(text));
                }
            }
        }
        System.out.printf("%d paragraphs, %d sentences, %d genuine ends after an abbreviation: %s%n",
                paragraphs.size(), sentences, genuineEnds.size(), genuineEnds);
        assertThat(sentences).isBetween(paragraphs.size(), 2 * paragraphs.size());
        assertThat((double) words / sentences).as("words per sentence").isBetween(15.0, 30.0);
    }

    private static JsonNode read(String relative) throws IOException {
        Path file = SharedData.require(relative);
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    private static void assertExact(String paragraph, List<Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).isEqualTo(i + 1);
            assertThat(paragraph.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
