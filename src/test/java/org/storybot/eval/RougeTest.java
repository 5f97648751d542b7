package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ROUGE F1 pinned to fixed numbers. The expected values were worked by hand, not computed by a
 * program, following the definition of Google's rouge-score package as
 * {@code RougeScorer(['rouge1', 'rouge2', 'rougeLsum'], use_stemmer=True)} documents and implements
 * it: lower case; anything but [a-z0-9] becomes a space; Porter stems for tokens longer than three
 * characters; n-gram counts clipped to the reference's; P = overlap / candidate n-grams, R = overlap
 * / reference n-grams, F1 = 2PR / (P + R). ROUGE-1 and ROUGE-2 read the whole text as one token
 * list (so bigrams run across sentence ends); ROUGE-Lsum takes, for each reference sentence, the
 * union of its longest common subsequences with every candidate sentence, and counts a union token
 * only while both texts still have an unused copy of it. Every word in these pairs stems the same
 * way in every Porter variant (Lucene's and NLTK's).
 */
class RougeTest {

    private static final double EXACT = 1e-12;

    @Test
    void should_clip_repeated_words_to_the_reference_count() {
        // reference: the cat sat on the mat (6 tokens, "the" twice); candidate: the the the cat (4 tokens)
        Rouge.Scores s = Rouge.score(List.of("The cat sat on the mat."), List.of("The the the cat"));

        // unigrams: "the" min(3, 2) = 2, "cat" 1 -> overlap 3 of 4 candidate, 3 of 6 reference:
        // P 3/4, R 1/2, F1 = 3/5
        assertThat(s.rouge1()).isCloseTo(0.6, within(EXACT));
        // bigrams: candidate "the the" x2, "the cat"; reference has "the cat" once among 5 ->
        // overlap 1 of 3 and 1 of 5: P 1/3, R 1/5, F1 = 1/4
        assertThat(s.rouge2()).isCloseTo(0.25, within(EXACT));
        // LCS 2 ("the cat"): P 2/4, R 2/6, F1 = 2/5
        assertThat(s.rougeLsum()).isCloseTo(0.4, within(EXACT));
    }

    @Test
    void should_stem_words_longer_than_three_letters_only_and_ignore_case_and_punctuation() {
        // reference tokens: protest march to its capitol (5): protesters -> protest, marched -> march
        // candidate tokens: it saw the protest march to the capitol (8): protests -> protest,
        // marching -> march; "its" (3 letters) is not stemmed, so it does not meet "it"
        Rouge.Scores s = Rouge.score(List.of("Protesters marched to its capitol."),
                List.of("It saw the protests, marching to the Capitol!"));

        // unigrams: protest, march, to, capitol -> overlap 4 of 8 and 4 of 5: P 1/2, R 4/5, F1 = 8/13
        assertThat(s.rouge1()).isCloseTo(0.6153846153846154, within(1e-15));
        // bigrams: "protest march", "march to" -> overlap 2 of 7 and 2 of 4: P 2/7, R 1/2, F1 = 4/11
        assertThat(s.rouge2()).isCloseTo(0.36363636363636365, within(1e-15));
        // LCS "protest march to capitol" = 4: P 4/8, R 4/5, F1 = 8/13
        assertThat(s.rougeLsum()).isCloseTo(0.6153846153846154, within(1e-15));
    }

    @Test
    void should_take_the_union_of_each_reference_sentences_subsequences_and_count_each_token_once() {
        List<String> reference = List.of("Police found the car near the river.", "The driver fled.");
        List<String> candidate = List.of("Police found a car.", "The car was near the river.", "Driver fled.");
        Rouge.Scores s = Rouge.score(reference, candidate);

        // reference: police found the car near the river | the driver fled (10 tokens; the x3)
        // candidate: police found a car | the car was near the river | driver fled (12 tokens; the x2, car x2)
        // unigrams: police 1, found 1, the min(2, 3) = 2, car min(2, 1) = 1, near 1, river 1, driver 1,
        // fled 1 -> overlap 9 of 12 and 9 of 10: P 3/4, R 9/10, F1 = 9/11
        assertThat(s.rouge1()).isCloseTo(0.8181818181818182, within(1e-15));
        // bigrams over the joined text: reference has 9 (including "river the" across the sentence end),
        // candidate 11 (including "car the", "river driver"); shared: police found, the car, near the,
        // the river, driver fled -> overlap 5: P 5/11, R 5/9, F1 = 1/2
        assertThat(s.rouge2()).isCloseTo(0.5, within(EXACT));
        // Lsum, first reference sentence: LCS with "police found a car" = police found car,
        // with "the car was near the river" = the car near the river -> union: all 7 of its tokens.
        // Second: LCS with "the car was ..." = the, with "driver fled" = driver fled -> union 3 tokens,
        // but the candidate's two "the" are used up by the first sentence, so only driver, fled count.
        // Hits 7 + 2 = 9 of 12 and 9 of 10: P 3/4, R 9/10, F1 = 9/11 (best single-sentence LCS would give 5)
        assertThat(s.rougeLsum()).isCloseTo(0.8181818181818182, within(1e-15));
    }

    @Test
    void should_score_summary_level_lcs_whatever_the_order_of_the_sentences() {
        // each reference sentence is matched whole by one candidate sentence: 7 hits of 7 and 7
        Rouge.Scores swapped = Rouge.score(List.of("police killed the gunman", "the gunman fled"),
                List.of("the gunman fled", "police killed the gunman"));

        assertThat(swapped.rougeLsum()).isEqualTo(1.0);
        // unigrams match 7 of 7; bigrams: 5 of 6 shared ("gunman the" vs "fled police" at the joins) -> 5/6
        assertThat(swapped.rouge1()).isEqualTo(1.0);
        assertThat(swapped.rouge2()).isCloseTo(0.8333333333333334, within(1e-15));
    }

    @Test
    void should_score_identical_text_one_and_disjoint_text_zero() {
        Rouge.Scores same = Rouge.score(List.of("The cat sat on the mat."), List.of("the cat sat on the mat"));
        Rouge.Scores disjoint = Rouge.score(List.of("a b c"), List.of("x y z"));

        assertThat(List.of(same.rouge1(), same.rouge2(), same.rougeLsum())).containsOnly(1.0);
        assertThat(List.of(disjoint.rouge1(), disjoint.rouge2(), disjoint.rougeLsum())).containsOnly(0.0);
    }
}
