package org.storybot.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How sure a mean gain over a baseline is, from the per-item differences of one run: a paired
 * bootstrap (the items drawn again with replacement, {@value #RESAMPLES} times, the mean of each
 * draw), whose 2.5th and 97.5th percentiles bound the gain. With ten articles a half, an interval
 * that holds 0 says the half cannot tell the two apart. The draws come from a fixed seed, so a run
 * prints the same interval for the same scores.
 */
public final class Gain {

    static final int RESAMPLES = 10_000;
    private static final long SEED = 20261203L;

    /** A 95% interval of a mean gain. */
    public record Interval(double low, double high) {
        public boolean holdsZero() {
            return low <= 0 && high >= 0;
        }
    }

    private Gain() {
    }

    /** The interval of the mean of {@code differences} (one per item); a point for a single item, (0, 0) for none. */
    public static Interval interval(double[] differences) {
        int n = differences.length;
        if (n == 0) {
            return new Interval(0, 0);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += differences[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new Interval(means[(int) (RESAMPLES * 0.025)], means[(int) (RESAMPLES * 0.975) - 1]);
    }
}
