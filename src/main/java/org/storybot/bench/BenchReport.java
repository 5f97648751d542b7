package org.storybot.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Everything one bench run measured, as printed in the table and, field for field, as the JSON
 * object of {@code storybot bench --json}. Figures that were not measured are null.
 */
public record BenchReport(
        Machine machine,
        List<LibraryFigures> libraries,
        Ingest ingest,
        Baseline baseline,
        List<Target> targets,
        List<String> notes) {

    public BenchReport {
        libraries = List.copyOf(libraries);
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
    }

    /** Where and when. */
    public record Machine(String date, int cores, Long memoryBytes, String java, String os, long maxHeapBytes,
            double modelLoadSeconds, boolean quick, String coldStartCommand) {

        /** This machine, now. */
        static Machine here(double modelLoadSeconds, BenchOptions options) {
            return new Machine(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                    Runtime.getRuntime().availableProcessors(), ProcessMemory.machineMemory(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), Runtime.getRuntime().maxMemory(),
                    modelLoadSeconds, options.quick(), options.launcher().shown());
        }
    }

    /** One library size and what was measured on it. */
    public record LibraryFigures(
            String name,
            boolean synthetic,
            int stories,
            int paragraphs,
            int sentences,
            double buildSeconds,
            double openSeconds,
            long storeBytes,
            Long rssBytes,
            long heapUsedBytes,
            ColdStartFigures coldStart,
            Operation search,
            Operation ask,
            Operation embedQuery,
            Operation firstSummary,
            Operation summarize,
            Concurrency concurrency) {
    }

    /** Fresh `storybot ask` processes on this library. */
    public record ColdStartFigures(List<Double> runsSeconds, Double medianSeconds, Long rssBytes, Long peakRssBytes,
            int questionsAnswered, List<String> errors) {
    }

    /**
     * Warm latencies of one operation, with how many of its questions were asked earlier in this
     * library (and at the nearest, how many questions before) and, for asks, the outcomes.
     */
    public record Operation(LatencySummary latency, Integer repeatedQuestions, Long nearestRepeatGap,
            Map<String, Integer> outcomes) {
    }

    /**
     * Parallel askers through the core; they cycle through the questions, so {@code repeatedQuestions}
     * were asked before in this library, at the nearest {@code nearestRepeatGap} questions earlier.
     */
    public record Concurrency(int askers, double seconds, long answers, double answersPerSecond, LatencySummary latency,
            long errors, String firstError, int distinctQuestions, int repeatedQuestions, Long nearestRepeatGap,
            Map<String, Integer> outcomes) {
    }

    /** Ingest with real embeddings. */
    public record Ingest(String source, int stories, int paragraphs, int sentences, double seconds,
            double paragraphsPerSecond, double sentencesPerSecond) {
    }

    /** storybot's search beside LangChain4j's stock in-memory retrieval, on the same questions and stories. */
    public record Baseline(String description, int questions, int stories, int paragraphs, double oursRecallAt3,
            double baselineRecallAt3, LatencySummary ours, LatencySummary baseline, double recallRatio,
            double p50Ratio, double p95Ratio) {
    }

    /** A target beside what was measured: met, missed (and by how much), or not measured in this run. */
    public record Target(String name, String goal, String measured, Boolean met, String verdict) {
    }
}
