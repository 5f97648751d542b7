package org.storybot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of a text, read three ways: as a reader sees them, as plain runs, and as a comparison key. */
class WordsTest {

    @Test
    void should_read_words_with_their_inner_points_apostrophes_and_hyphens() {
        assertThat(Words.of("The U.S. envoy O’Brien’s well-known 3.5% rise.")).containsExactly("The", "U.S", "envoy",
                "O'Brien", "well-known", "3.5", "rise");
    }

    @Test
    void should_read_runs_of_letters_and_digits_with_nothing_empty_around_them() {
        assertThat(Words.runs("“Ex-mayor” Zoë's 51-48 win!")).containsExactly("Ex", "mayor", "Zoë", "s", "51", "48", "win");
        assertThat(Words.runs("?!")).isEmpty();
    }

    @Test
    void should_make_one_key_of_texts_that_differ_in_case_punctuation_and_spacing() {
        assertThat(Words.key("  The Harbour  VOTE, 7–2! ")).isEqualTo("the harbour vote 7 2");
        assertThat(Words.key("the harbour vote (7-2)")).isEqualTo(Words.key("The Harbour Vote: 7 2"));
    }
}
