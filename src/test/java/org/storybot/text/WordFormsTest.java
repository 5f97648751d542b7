package org.storybot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one number table: what a story writing numbers out is matched with. */
class WordFormsTest {

    @Test
    void should_read_numbers_written_as_words() {
        assertThat(WordForms.valueOf("Twelve")).isEqualTo("12");
        assertThat(WordForms.valueOf("zero")).isEqualTo("0");
        assertThat(WordForms.valueOf("forty")).isEqualTo("40");
        assertThat(WordForms.valueOf("dozen")).isNull();
        assertThat(WordForms.valueOf("tone")).isNull();
    }

    @Test
    void should_know_a_counted_word_alone_or_first_in_a_hyphenated_word() {
        assertThat(WordForms.isNumberWord("twenty-five")).isTrue();
        assertThat(WordForms.isNumberWord("Hundreds")).isTrue();
        assertThat(WordForms.isNumberWord("one-third")).isTrue();
        assertThat(WordForms.isNumberWord("someone")).isFalse();
        assertThat(WordForms.isNumberWord("well-known")).isFalse();
    }

    @Test
    void should_give_the_other_ways_to_write_a_number() {
        assertThat(WordForms.numberNames("3")).containsExactly("three", "third", "iii");
        assertThat(WordForms.numberNames("15")).containsExactly("fifteen", "fifteenth");
        assertThat(WordForms.numberNames("90")).containsExactly("ninety");
        assertThat(WordForms.numberNames("2017")).isEmpty();
    }
}
