package org.storybot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The performance targets (set for a 2-core machine) beside what a run measured: met, missed and
 * by how much, or not measured in this run.
 */
final class Targets {

    static final double SEED_ASK_P95_MS = 15;
    static final double LARGE_ASK_P95_MS = 40;
    static final int LARGE_PARAGRAPHS = 100_000;
    static final double COLD_START_SECONDS = 2.5;
    static final double INGEST_PARAGRAPHS_PER_SECOND = 250;
    static final long LARGE_RSS_BYTES = 500L * 1024 * 1024;
    static final double ANSWERS_PER_SECOND = 250;

    private final BenchOptions options;

    Targets(BenchOptions options) {
        this.options = options;
    }

    List<BenchReport.Target> evaluate(List<BenchReport.LibraryFigures> libraries, BenchReport.Ingest ingest,
            BenchReport.Baseline baseline) {
        List<BenchReport.Target> targets = new ArrayList<>();
        Optional<BenchReport.LibraryFigures> seed = libraries.stream().filter(l -> !l.synthetic()).findFirst();
        Optional<BenchReport.LibraryFigures> large = libraries.stream()
                .filter(l -> l.synthetic() && l.paragraphs() >= LARGE_PARAGRAPHS).findFirst();
        String notMeasured = options.quick() ? "not measured (--quick skips 100,000 paragraphs)"
                : "not measured (no library of 100,000 paragraphs in this run)";

        targets.add(seed.map(l -> atMost("warm ask p95, seed story", l.ask().latency().p95Ms(), SEED_ASK_P95_MS, "ms"))
                .orElse(missing("warm ask p95, seed story", "<= 15 ms", "not measured")));
        targets.add(large.map(l -> atMost("warm ask p95, " + l.name(), l.ask().latency().p95Ms(), LARGE_ASK_P95_MS, "ms"))
                .orElse(missing("warm ask p95, 100,000 paragraphs", "<= 40 ms", notMeasured)));

        boolean recallMet = baseline.oursRecallAt3() >= baseline.baselineRecallAt3();
        targets.add(new BenchReport.Target("search recall@3 vs LangChain4j",
                String.format(Locale.ROOT, ">= baseline's %.3f", baseline.baselineRecallAt3()),
                String.format(Locale.ROOT, "%.3f (x%.2f)", baseline.oursRecallAt3(), baseline.recallRatio()), recallMet,
                recallMet ? "met" : String.format(Locale.ROOT, "missed by %.3f",
                        baseline.baselineRecallAt3() - baseline.oursRecallAt3())));
        double p50 = baseline.ours().p50Ms();
        double p95 = baseline.ours().p95Ms();
        boolean latencyMet = p50 <= baseline.baseline().p50Ms() && p95 <= baseline.baseline().p95Ms();
        targets.add(new BenchReport.Target("search latency vs LangChain4j",
                String.format(Locale.ROOT, "p50/p95 <= baseline's %.1f/%.1f ms", baseline.baseline().p50Ms(),
                        baseline.baseline().p95Ms()),
                String.format(Locale.ROOT, "%.1f/%.1f ms (x%.2f/x%.2f)", p50, p95, baseline.p50Ratio(), baseline.p95Ratio()),
                latencyMet, latencyMet ? "met" : String.format(Locale.ROOT, "missed: %.1f/%.1f ms slower",
                        Math.max(0, p50 - baseline.baseline().p50Ms()), Math.max(0, p95 - baseline.baseline().p95Ms()))));

        targets.add(seed.filter(l -> l.coldStart().medianSeconds() != null)
                .map(l -> atMost("cold `ask` process, seed story", l.coldStart().medianSeconds(), COLD_START_SECONDS, "s"))
                .orElse(missing("cold `ask` process, seed story", "<= 2.5 s", "not measured (the process did not answer)")));

        targets.add(atLeast("ingest, real embeddings", ingest.paragraphsPerSecond(), INGEST_PARAGRAPHS_PER_SECOND,
                "paragraphs/s"));

        targets.add(large.map(this::largeRss).orElse(missing("RSS, 100,000 paragraphs loaded", "<= 500 MB", notMeasured)));

        for (BenchReport.LibraryFigures l : libraries) {
            BenchReport.Concurrency c = l.concurrency();
            String name = c.askers() + " parallel askers, " + l.name();
            String goal = String.format(Locale.ROOT, ">= %.0f answers/s, 0 errors", ANSWERS_PER_SECOND);
            String measured = String.format(Locale.ROOT, "%.1f answers/s, %d errors", c.answersPerSecond(), c.errors());
            boolean fast = c.answersPerSecond() >= ANSWERS_PER_SECOND;
            List<String> misses = new ArrayList<>();
            if (!fast) {
                misses.add(shortBy(c.answersPerSecond(), ANSWERS_PER_SECOND, "answers/s"));
            }
            if (c.errors() > 0) {
                misses.add(c.errors() + " errors");
            }
            targets.add(new BenchReport.Target(name, goal, measured, misses.isEmpty(),
                    misses.isEmpty() ? "met" : "missed: " + String.join(", ", misses)));
        }
        return targets;
    }

    private BenchReport.Target largeRss(BenchReport.LibraryFigures l) {
        String name = "RSS, " + l.name() + " loaded";
        Long fresh = l.coldStart().peakRssBytes();
        if (fresh == null) {
            return missing(name, "<= 500 MB", "not measured (no /proc, or the process did not answer)");
        }
        double mb = fresh / 1048576.0;
        BenchReport.Target t = atMost(name, mb, LARGE_RSS_BYTES / 1048576.0, "MB");
        return new BenchReport.Target(t.name(), t.goal(), t.measured() + " (fresh process, peak)", t.met(), t.verdict());
    }

    private static BenchReport.Target atMost(String name, double measured, double limit, String unit) {
        boolean met = measured <= limit;
        return new BenchReport.Target(name, "<= " + goal(limit) + " " + unit, number(measured) + " " + unit, met,
                met ? "met" : String.format(Locale.ROOT, "missed by %s %s (%.0f%% over)", number(measured - limit), unit,
                        100 * (measured - limit) / limit));
    }

    private static BenchReport.Target atLeast(String name, double measured, double floor, String unit) {
        boolean met = measured >= floor;
        return new BenchReport.Target(name, ">= " + goal(floor) + " " + unit, number(measured) + " " + unit, met,
                met ? "met" : "missed: " + shortBy(measured, floor, unit));
    }

    private static String shortBy(double measured, double floor, String unit) {
        return String.format(Locale.ROOT, "%s %s (%.0f%%) short", number(floor - measured), unit, 100 * (floor - measured) / floor);
    }

    private static BenchReport.Target missing(String name, String goal, String why) {
        return new BenchReport.Target(name, goal, "-", null, why);
    }

    /** A target as written: 15, 2.5, 500. */
    private static String goal(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** One decimal below 100, none above. */
    private static String number(double v) {
        return Math.abs(v) < 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
