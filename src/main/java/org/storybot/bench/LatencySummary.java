package org.storybot.bench;

import java.util.Collection;

/**
 * Percentiles of a set of latencies in milliseconds, by the nearest-rank method: p95 is the value
 * 95% of the samples are at or below.
 */
public record LatencySummary(int n, double p50Ms, double p95Ms, double p99Ms, double meanMs, double maxMs) {

    public static LatencySummary of(Collection<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sum / sorted.length, sorted[sorted.length - 1]);
    }

    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
