package org.storybot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** The quote check on the shipped story: real Lucene, the real embedding model, a real H2 library. */
class QuoteCheckTest {

    @TempDir
    static Path dir;
    private static TestLibrary test;
    private static QuoteCheck quotes;

    @BeforeAll
    static void ingest() {
        test = new TestLibrary(dir.resolve("data"));
        test.ingestor.ingestFile(SharedData.seedStory());
        quotes = new QuoteCheck(test.library, test.retriever(), test.root.tagger(), Models.lexicon());
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @Test
    void should_find_words_of_the_story_whatever_their_case_punctuation_and_quotation_marks() {
        QuoteVerdict v = quotes.check("the president blamed his justice department of creating a new \"politically correct\" version",
                null);

        assertThat(v).isInstanceOf(QuoteVerdict.Exact.class);
        QuoteVerdict.Exact e = (QuoteVerdict.Exact) v;
        assertThat(e.citation().paragraph()).isEqualTo(3);
        assertThat(e.quote()).isEqualTo("the president blamed his Justice Department of creating a new, “politically correct” version");
        assertThat(e.citation().paragraphText()).contains(e.quote());
        assertThat(e.speaker()).as("narration, not a quotation: nobody is said to have spoken it").isNull();
    }

    @Test
    void should_take_an_ellipsis_for_words_left_out() {
        QuoteVerdict v = quotes.check("“The President allegedly turned down … offer”", null);

        assertThat(v).isInstanceOf(QuoteVerdict.Exact.class);
        assertThat(((QuoteVerdict.Exact) v).quote()).isEqualTo("The President allegedly turned down the Attorney General’s offer");
    }

    @Test
    void should_show_the_real_wording_of_a_passage_a_word_away() {
        QuoteVerdict v = quotes.check("The President allegedly refused the Attorney General's offer", null);

        assertThat(v).isInstanceOf(QuoteVerdict.Close.class);
        QuoteVerdict.Close c = (QuoteVerdict.Close) v;
        assertThat(c.quote()).isEqualTo("The President allegedly turned down the Attorney General’s offer");
        assertThat(c.differences()).containsExactly(new QuoteVerdict.Difference("turned down", "refused"));
        assertThat(c.differences().get(0).described()).isEqualTo("the story has 'turned down' where you wrote 'refused'");
        assertThat(QuoteWording.of(c)).contains("paragraph 1 [1]");
    }

    @Test
    void should_say_plainly_when_the_words_are_not_there_and_cite_the_nearest_passages() {
        QuoteVerdict v = quotes.check("I will never resign, whatever the president tweets about me", "Jeff Sessions");

        assertThat(v).isInstanceOf(QuoteVerdict.NotFound.class);
        assertThat(v.citations()).hasSize(2).allSatisfy(c -> assertThat(c.paragraphText()).contains(c.quote()));
        assertThat(QuoteWording.of(v)).startsWith("No: the stories do not have these words");
    }

    @Test
    void should_find_nothing_in_punctuation_alone() {
        assertThat(quotes.check("“ … ”", null)).isEqualTo(new QuoteVerdict.NotFound(null, java.util.List.of()));
    }
}
