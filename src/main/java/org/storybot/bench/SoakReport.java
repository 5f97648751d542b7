package org.storybot.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a soak run saw: per kind of input, how it was answered; unhandled errors (exceptions out
 * of the assistant) and unexpected outcomes (a bad input not turned away, a question-bearing one
 * turned away); resident memory after warm-up and at the end, with the heap in use and committed
 * (to tell a leak from a JVM that keeps more memory); and whether the library is intact.
 */
public record SoakReport(
        String library,
        int questions,
        int warmUp,
        double seconds,
        List<Kind> kinds,
        long unhandledErrors,
        long unexpectedOutcomes,
        List<String> problems,
        Long rssAfterWarmUpBytes,
        Long rssEndBytes,
        Double rssGrowthPercent,
        long heapUsedAfterWarmUpBytes,
        long heapUsedEndBytes,
        long heapCommittedAfterWarmUpBytes,
        long heapCommittedEndBytes,
        boolean libraryIntact) {

    /** RSS may grow by less than this after warm-up. */
    public static final double MAX_RSS_GROWTH_PERCENT = 10;

    public SoakReport {
        kinds = List.copyOf(kinds);
        problems = List.copyOf(problems);
    }

    /** Counts for one kind of input; {@code message} is a sample of the rejection shown for it. */
    public record Kind(String kind, String expected, int sent, int answered, int abstained, int rejected,
            int unhandledErrors, int unexpected, String message) {
    }

    /** Whether storybot failed the soak: any unhandled error, unexpected outcome or damage to the library. */
    @JsonProperty("failed")
    public boolean failed() {
        return unhandledErrors > 0 || unexpectedOutcomes > 0 || !libraryIntact;
    }

    @JsonProperty("rssGrowthMet")
    public Boolean rssGrowthMet() {
        return rssGrowthPercent == null ? null : rssGrowthPercent < MAX_RSS_GROWTH_PERCENT;
    }
}
