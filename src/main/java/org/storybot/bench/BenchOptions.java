package org.storybot.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a bench run is made.
 *
 * @param sharedDir the shared data folder (data/politics_2017.json, data/qa.json, data/summaries.json)
 * @param storiesDir the shipped stories: the seed library
 * @param workDir where the temporary libraries are made
 * @param launcher how to start a fresh storybot process for the cold start
 * @param syntheticSizes paragraphs of each synthetic library
 * @param quick whether this is a --quick run (noted in the report)
 * @param concurrency how long the parallel askers ask
 * @param askers how many ask at once
 * @param samples questions per warm latency measurement (search, ask)
 * @param coldRuns fresh processes per library
 * @param maxParagraphs 0, or a cap on the paragraphs taken from each real corpus (to check the bench itself quickly)
 * @param maxBaselineQuestions cap on the questions of the baseline comparison
 */
public record BenchOptions(
        Path sharedDir,
        Path storiesDir,
        Path workDir,
        Launcher launcher,
        List<Integer> syntheticSizes,
        boolean quick,
        Duration concurrency,
        int askers,
        int samples,
        int coldRuns,
        int maxParagraphs,
        int maxBaselineQuestions) {

    public static final List<Integer> FULL_SIZES = List.of(10_000, 100_000);
    public static final List<Integer> QUICK_SIZES = List.of(10_000);
    public static final Duration FULL_CONCURRENCY = Duration.ofSeconds(30);
    public static final Duration QUICK_CONCURRENCY = Duration.ofSeconds(5);

    public BenchOptions {
        syntheticSizes = List.copyOf(syntheticSizes);
        if (askers < 1 || samples < 1 || coldRuns < 1 || concurrency.isNegative() || concurrency.isZero()) {
            throw new IllegalArgumentException("askers, samples, cold runs and the concurrency time must be positive");
        }
        if (syntheticSizes.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("synthetic library sizes must be positive");
        }
    }
}
