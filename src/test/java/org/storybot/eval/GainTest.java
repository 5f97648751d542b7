package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GainTest {

    @Test
    void should_bound_a_gain_every_item_shows_away_from_zero_and_a_mixed_one_around_it() {
        Gain.Interval steady = Gain.interval(new double[] {2.0, 2.5, 1.5, 2.0, 3.0, 1.0, 2.0, 2.5, 1.5, 2.0});
        assertThat(steady.holdsZero()).isFalse();
        assertThat(steady.low()).isBetween(1.0, 2.0);
        assertThat(steady.high()).isBetween(2.0, 3.0);

        // mean +0.5, but two articles carry it: ten articles cannot tell this from no gain
        Gain.Interval mixed = Gain.interval(new double[] {-4, 6, -3, 5, -2, 1, -5, 7, -3, 3});
        assertThat(mixed.holdsZero()).isTrue();
        assertThat(mixed.low()).isGreaterThanOrEqualTo(-5);
        assertThat(mixed.high()).isLessThanOrEqualTo(7);
    }

    @Test
    void should_print_the_same_interval_for_the_same_scores() {
        double[] differences = {-1.2, 3.4, 0.5, 2.2, -0.7};
        assertThat(Gain.interval(differences)).isEqualTo(Gain.interval(differences));
        assertThat(Gain.interval(new double[] {4.0}).low()).isCloseTo(4.0, within(1e-9));
        assertThat(Gain.interval(new double[0])).isEqualTo(new Gain.Interval(0, 0));
    }
}
