package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** The offline composer on the real seed story, through the real retrieval. */
class OfflineComposerTest {

    @TempDir
    static Path dir;

    private static TestLibrary seed;
    private static OfflineComposer composer;

    @BeforeAll
    static void ingestSeed() {
        seed = new TestLibrary(dir.resolve("data"));
        seed.ingestor.ingest(List.of(SharedData.seedStory()));
        composer = new OfflineComposer(new Tagger(), Models.lexicon(), Models.embedder(), Models.MIN_SUPPORT);
    }

    @AfterAll
    static void close() {
        seed.close();
    }

    private Composition ask(String question) {
        return composer.answer(question, seed.retriever().retrieve(question, null, 4));
    }

    @Test
    void should_state_who_turned_down_the_resignation_first_then_quote_it() {
        Composition.Grounded answer = grounded(ask("Who turned down the resignation?"));

        assertThat(answer.text()).startsWith("The President [1]");
        assertThat(answer.text()).contains("“The President allegedly turned down the Attorney General’s offer.” [1]");
        Citation first = answer.citations().get(0);
        assertThat(first.paragraph()).isEqualTo(1);
        assertThat(first.storyId()).isEqualTo("sessions-offered-resignation");
        assertThat(first.quote()).isEqualTo("The President allegedly turned down the Attorney General’s offer.");
        assertThat(first.paragraphText()).contains(first.quote());
    }

    @Test
    void should_answer_how_many_countries_with_the_number() {
        Composition.Grounded answer = grounded(ask("How many countries are in the travel ban?"));

        assertThat(answer.text()).startsWith("Six predominantly Muslim countries [1]");
        assertThat(answer.citations().get(0).paragraph()).isEqualTo(3);
    }

    @Test
    void should_name_who_wrote_the_times_report() {
        Composition.Grounded answer = grounded(ask("Who wrote the Times report?"));

        // the answer leads with the names, not with the sentence that names the newspaper
        assertThat(answer.text()).startsWith("Peter Baker and Maggie Haberman [1]");
        assertThat(answer.citations().get(0).paragraph()).isEqualTo(3);
    }

    @Test
    void should_give_the_newspaper_when_asked_which_newspaper() {
        Composition.Grounded answer = grounded(ask("Which newspaper reported on the feud?"));

        assertThat(answer.text()).startsWith("The New York Times [1]");
    }

    @Test
    void should_abstain_on_a_question_the_story_does_not_answer() {
        Composition off = ask("What is the capital of France?");

        assertThat(off).isInstanceOf(Composition.NotFound.class);
        assertThat(((Composition.NotFound) off).reason()).contains("“France”");
    }

    @Test
    void should_abstain_when_the_best_sentence_says_the_opposite() {
        Composition reversed = ask("Who did not turn down the resignation?");

        assertThat(reversed).isInstanceOf(Composition.NotFound.class);
    }

    @Test
    void should_give_someones_role_as_the_story_gives_it() {
        Composition.Grounded answer = grounded(ask("Who is Sarah Huckabee Sanders?"));

        assertThat(answer.text()).startsWith("An official spokeswoman for the White House [1]");
        assertThat(answer.shortAnswer().kind()).isEqualTo(ShortAnswer.Kind.ROLE);
    }

    @Test
    void should_not_say_yes_when_the_story_does_not_plainly_say_so() {
        Composition.Grounded answer = grounded(ask("Did Trump accept the resignation?"));

        assertThat(answer.text()).doesNotStartWith("Yes");
    }

    @Test
    void should_quote_one_sentence_for_a_one_fact_question() {
        Composition.Grounded answer = grounded(ask("Who turned down the resignation?"));

        assertThat(answer.citations()).hasSize(1);
        assertThat(answer.text()).doesNotContain("also says");
    }

    @Test
    void should_abstain_when_the_sentence_holds_nothing_of_the_kind_asked() {
        // the story counts countries and days, never people killed
        assertThat(ask("How many people were killed in the feud?")).isInstanceOf(Composition.NotFound.class);
    }

    @Test
    void should_only_quote_words_that_stand_in_the_cited_paragraph() {
        for (String question : List.of("What did Sarah Huckabee Sanders say?", "When did Sessions offer to resign?",
                "Who was put in charge of the opioid task force?")) {
            Composition.Grounded g = grounded(ask(question));
            assertThat(g.citations()).as(question).isNotEmpty();
            for (Citation citation : g.citations()) {
                assertThat(citation.paragraphText()).contains(citation.quote());
                assertThat(g.text()).contains("[" + citation.marker() + "]");
            }
            assertThat(g.text().replaceAll("\\[\\d+]", "")).doesNotContainPattern("\\[\\d");
        }
    }

    private static Composition.Grounded grounded(Composition c) {
        assertThat(c).as(c.toString()).isInstanceOf(Composition.Grounded.class);
        return (Composition.Grounded) c;
    }
}
