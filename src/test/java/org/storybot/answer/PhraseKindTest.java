package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short answer is stated only when it is of the kind asked for: no month for "what country", no
 * number of something else for "how many X", no count without a unit for "how long", not the kind
 * itself for "which bodies". The sentence is still quoted where it tells what was asked; where it
 * holds nothing of the kind, the bot abstains. Stories written for the test.
 */
class PhraseKindTest {

    @TempDir
    static Path dir;
    private static WrittenStories stories;

    @BeforeAll
    static void write() throws Exception {
        stories = WrittenStories.of(dir,
                "# Trams\n\nThe first electric tram was built in Portugal and, on 3 February 1895, the world's first"
                        + " tram journey took place.\n",
                "# The college\n\nThe college, famous for its Nobel laureates, counts eight U.S. presidents among its"
                        + " alumni.\n",
                "# The border war\n\nThe fighting between the two colonial powers ended after a long siege of the"
                        + " northern fort.\n",
                "# Union law\n\nUnion law is a body of treaties and legislation that has direct effect on the laws of"
                        + " the member states.\n",
                "# The fever lab\n\nIn 1900 the team led by Ada Lane discovered the yellow fever virus in a small"
                        + " laboratory.\n",
                "# The college in the war\n\nJames Bryant Conant led the college through the war. Warren Baker"
                        + " ran the college press. The students met in Kansas City, Missouri, each spring.\n");
    }

    @AfterAll
    static void close() {
        stories.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In what country was the world's first tram journey? | February | quoted",
        "What are the main legislative bodies of the Union? | Body | quoted",
        "How many Nobel laureates does the college count among its alumni? | Eight U.S. presidents | abstains",
        "How long did the fighting between the colonial powers last? | Two colonial powers | abstains"})
    void should_never_state_a_phrase_of_another_kind(String question, String wrong, String outcome) {
        Composition answer = stories.ask(question);

        // before, each stated the phrase given as wrong; where the sentence holds nothing of the kind, it abstains
        if (outcome.equals("abstains")) {
            assertThat(answer).isInstanceOf(Composition.NotFound.class);
        } else {
            assertThat(answer).isInstanceOf(Composition.Grounded.class);
            ShortAnswer stated = ((Composition.Grounded) answer).shortAnswer();
            assertThat(stated == null ? null : stated.text()).isNotEqualTo(wrong);
        }
    }

    @Test
    void should_keep_a_modifier_that_makes_a_noun_with_the_next_word() {
        // "yellow" is no kind of virus, but "yellow fever" is a noun WordNet knows: the answer is not "Fever virus"
        Composition answer = stories.ask("What virus did the team led by Ada Lane discover?");

        assertThat(answer).isInstanceOf(Composition.Grounded.class);
        assertThat(((Composition.Grounded) answer).shortAnswer().text()).isEqualTo("Yellow fever virus");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who led the college through the war? | James Bryant Conant",
        "Who ran the college's press? | Warren Baker",
        "Where did the students meet each spring? | Kansas City, Missouri"})
    void should_state_a_whole_name_whose_first_word_is_also_a_plain_word(String question, String name) {
        // "James", "Warren" and "Kansas" are names first: none is a title to drop ("Bryant Conant", "City, Missouri")
        Composition answer = stories.ask(question);

        assertThat(answer).isInstanceOf(Composition.Grounded.class);
        assertThat(((Composition.Grounded) answer).shortAnswer().text()).isEqualTo(name);
    }
}
