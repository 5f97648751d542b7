package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

    @Test
    void should_score_identical_text_one() {
        Rouge.Scores s = Rouge.score(List.of("The cat sat on the mat."), List.of("The cat sat on the mat."));
        assertThat(s.rouge1()).isEqualTo(1.0);
        assertThat(s.rouge2()).isEqualTo(1.0);
        assertThat(s.rougeLsum()).isEqualTo(1.0);
    }

    @Test
    void should_count_unigrams_bigrams_and_the_longest_common_subsequence() {
        Rouge.Scores s = Rouge.score(List.of("the cat sat on the mat"), List.of("the cat on the mat"));
        assertThat(s.rouge1()).isCloseTo(2 * 1.0 * (5.0 / 6) / (1.0 + 5.0 / 6), within(1e-9));
        assertThat(s.rouge2()).isCloseTo(2 * 0.75 * 0.6 / (0.75 + 0.6), within(1e-9));
        assertThat(s.rougeLsum()).isCloseTo(2 * 1.0 * (5.0 / 6) / (1.0 + 5.0 / 6), within(1e-9));
    }

    @Test
    void should_stem_longer_words_and_ignore_case_and_punctuation() {
        Rouge.Scores s = Rouge.score(List.of("Troops were withdrawing."), List.of("TROOPS WITHDRAW!"));
        assertThat(s.rouge1()).isCloseTo(2 * 1.0 * (2.0 / 3) / (1.0 + 2.0 / 3), within(1e-9));
    }

    @Test
    void should_score_summary_level_lcs_sentence_by_sentence() {
        Rouge.Scores split = Rouge.score(List.of("police killed the gunman", "the gunman fled"),
                List.of("the gunman fled", "police killed the gunman"));
        assertThat(split.rougeLsum()).isEqualTo(1.0);
        assertThat(Rouge.score(List.of("a b c"), List.of("x y z")).rougeLsum()).isZero();
    }
}
