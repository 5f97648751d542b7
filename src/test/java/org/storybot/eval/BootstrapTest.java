package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void should_bound_a_gain_every_item_shows_away_from_zero_and_a_mixed_one_around_it() {
        Bootstrap.Interval steady = Bootstrap.ofMeanGain(new double[] {2.0, 2.5, 1.5, 2.0, 3.0, 1.0, 2.0, 2.5, 1.5, 2.0});
        assertThat(steady.holdsZero()).isFalse();
        assertThat(steady.low()).isBetween(1.0, 2.0);
        assertThat(steady.high()).isBetween(2.0, 3.0);

        // mean +0.5, but two articles carry it: ten articles cannot tell this from no gain
        Bootstrap.Interval mixed = Bootstrap.ofMeanGain(new double[] {-4, 6, -3, 5, -2, 1, -5, 7, -3, 3});
        assertThat(mixed.holdsZero()).isTrue();
        assertThat(mixed.low()).isGreaterThanOrEqualTo(-5);
        assertThat(mixed.high()).isLessThanOrEqualTo(7);
    }

    @Test
    void should_print_the_same_interval_for_the_same_scores() {
        double[] differences = {-1.2, 3.4, 0.5, 2.2, -0.7};
        assertThat(Bootstrap.ofMeanGain(differences)).isEqualTo(Bootstrap.ofMeanGain(differences));
        assertThat(Bootstrap.ofMeanGain(new double[] {4.0}).low()).isCloseTo(4.0, within(1e-9));
        assertThat(Bootstrap.ofMeanGain(new double[0])).isEqualTo(new Bootstrap.Interval(0, 0));
    }

    @Test
    void should_draw_articles_whole_so_that_one_article_of_many_questions_widens_the_interval() {
        // 12 articles, 6 questions each, 5 of 6 right in every one: articles agree, the rate is sure
        List<List<Boolean>> alike = articles(new int[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, 6);
        Bootstrap.Interval sure = interval(alike);
        assertThat(sure.low()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(sure.high()).isCloseTo(5 / 6.0, within(1e-9));

        // the same 60 of 72 right, but whole articles right or wrong: another dozen articles could give far less or more
        List<List<Boolean>> split = articles(new int[] {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0}, 6);
        Bootstrap.Interval wide = interval(split);
        assertThat(rate(split.stream().flatMap(List::stream).toList())).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(wide.low()).isLessThan(0.7);
        assertThat(wide.high()).isEqualTo(1.0);
    }

    @Test
    void should_leave_out_draws_where_the_figure_is_undefined() {
        List<List<Boolean>> oneAnswered = List.of(List.of(true), List.of());
        Bootstrap.Interval i = interval(oneAnswered);
        assertThat(i.low()).isEqualTo(1.0);
        assertThat(i.high()).isEqualTo(1.0);
        assertThat(interval(List.of(List.of())).low()).isNaN();
    }

    private static Bootstrap.Interval interval(List<List<Boolean>> articles) {
        List<java.util.function.ToDoubleFunction<Double>> asIs = List.of(r -> r);
        return Bootstrap.ofClusters(articles, BootstrapTest::rate, asIs).get(0);
    }

    private static List<List<Boolean>> articles(int[] right, int questions) {
        return java.util.Arrays.stream(right).mapToObj(r -> java.util.stream.IntStream.range(0, questions)
                .mapToObj(q -> q < r).toList()).toList();
    }

    /** The share true, NaN for none: as a rate over answers given is. */
    private static double rate(List<Boolean> outcomes) {
        return outcomes.isEmpty() ? Double.NaN : outcomes.stream().filter(b -> b).count() / (double) outcomes.size();
    }
}
