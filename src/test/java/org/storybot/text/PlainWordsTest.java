package org.storybot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one reading of words for "is X mentioned", used by the index and the composer alike. */
class PlainWordsTest {

    @Test
    void should_read_words_as_written_without_stems_or_stop_words() {
        assertThat(PlainWords.of("The Trump-Russia inquiry’s 1,000 pages cost $3.5 million, O’Brien said."))
                .containsExactly("the", "trump", "russia", "inquiry", "1,000", "pages", "cost", "3.5", "million", "o'brien", "said");
    }

    @Test
    void should_fold_accents_and_case() {
        assertThat(PlainWords.of("ÉLODIE Durand, São Paulo")).containsExactly("elodie", "durand", "sao", "paulo");
    }
}
