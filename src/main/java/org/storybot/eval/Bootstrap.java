package org.storybot.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How sure a figure of one run is: the items it is measured on are drawn again with replacement,
 * {@value #RESAMPLES} times, the figure is taken on each draw, and the 2.5th and 97.5th percentiles
 * of those bound it. An item is what varies from one data set to the next: an article, not a
 * question (a question set's questions about one article stand or fall together). With ten
 * articles a half, an interval that holds 0 (for a gain) says the half cannot tell the two apart.
 * The draws come from a fixed seed, so a run prints the same interval for the same results.
 */
public final class Bootstrap {

    static final int RESAMPLES = 10_000;
    private static final long SEED = 20261203L;

    /** A 95% interval. */
    public record Interval(double low, double high) {
        public boolean holdsZero() {
            return low <= 0 && high >= 0;
        }
    }

    private Bootstrap() {
    }

    /**
     * The interval of a mean gain from its per-item differences (a paired bootstrap); a point for a
     * single item, (0, 0) for none.
     */
    public static Interval ofMeanGain(double[] differences) {
        List<Double> items = Arrays.stream(differences).boxed().toList();
        return items.isEmpty() ? new Interval(0, 0) : of(items, 1,
                draw -> new double[] {draw.stream().mapToDouble(Double::doubleValue).average().orElseThrow()}).get(0);
    }

    /**
     * The interval of each of {@code figures} taken over the outcomes of drawn clusters (each cluster
     * one article's outcomes, a cluster drawn twice counting twice), all from the same draws, each
     * draw's outcomes summed up once by {@code summary}. Draws where a figure is undefined (NaN: no
     * answer given in them, say) are left out of its interval; NaN when every draw's is, or there
     * are no clusters.
     */
    public static <T, S> List<Interval> ofClusters(List<List<T>> clusters, Function<List<T>, S> summary,
            List<ToDoubleFunction<S>> figures) {
        if (clusters.isEmpty()) {
            return figures.stream().map(f -> new Interval(Double.NaN, Double.NaN)).toList();
        }
        return of(clusters, figures.size(), draw -> {
            List<T> outcomes = new ArrayList<>();
            draw.forEach(outcomes::addAll);
            S summed = summary.apply(outcomes);
            return figures.stream().mapToDouble(f -> f.applyAsDouble(summed)).toArray();
        });
    }

    private static <T> List<Interval> of(List<T> items, int count, Function<List<T>, double[]> figures) {
        int n = items.size();
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] values = new double[count][RESAMPLES];
        int[] defined = new int[count];
        List<T> draw = new ArrayList<>(n);
        for (int r = 0; r < RESAMPLES; r++) {
            draw.clear();
            for (int i = 0; i < n; i++) {
                draw.add(items.get(random.nextInt(n)));
            }
            double[] taken = figures.apply(draw);
            for (int f = 0; f < count; f++) {
                if (!Double.isNaN(taken[f])) {
                    values[f][defined[f]++] = taken[f];
                }
            }
        }
        List<Interval> intervals = new ArrayList<>(count);
        for (int f = 0; f < count; f++) {
            double[] v = values[f];
            int d = defined[f];
            Arrays.sort(v, 0, d);
            intervals.add(d == 0 ? new Interval(Double.NaN, Double.NaN)
                    : new Interval(v[(int) (d * 0.025)], v[Math.max(0, (int) (d * 0.975) - 1)]));
        }
        return intervals;
    }
}
