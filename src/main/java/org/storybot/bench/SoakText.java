package org.storybot.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** The soak report as a table for the terminal. */
public final class SoakText {

    private final PrintWriter out;

    public SoakText(PrintWriter out) {
        this.out = out;
    }

    public void print(SoakReport r) {
        out.printf(Locale.ROOT, "storybot bench --soak %,d: %,d questions through the core in one process, %.1f s, on %s%n%n",
                r.questions(), r.questions(), r.seconds(), r.library());
        out.printf(Locale.ROOT, "%-18s %-22s %6s %9s %10s %9s %7s %11s%n", "input", "expected", "sent", "answered",
                "abstained", "rejected", "errors", "unexpected");
        for (SoakReport.Kind k : r.kinds()) {
            out.printf(Locale.ROOT, "%-18s %-22s %6d %9d %10d %9d %7d %11d%n", k.kind(), k.expected(), k.sent(), k.answered(),
                    k.abstained(), k.rejected(), k.unhandledErrors(), k.unexpected());
        }
        out.println();
        out.println("Rejection messages shown:");
        r.kinds().stream().filter(k -> k.message() != null).forEach(k -> out.printf(Locale.ROOT, "  %-18s %s%n", k.kind(),
                k.message()));
        out.println();
        out.printf(Locale.ROOT, "unhandled errors: %d (target 0)%n", r.unhandledErrors());
        out.printf(Locale.ROOT, "unexpected outcomes: %d (target 0)%n", r.unexpectedOutcomes());
        r.problems().forEach(p -> out.println("  " + p));
        if (r.rssGrowthPercent() == null) {
            out.println("RSS growth after warm-up: not measured (no /proc)");
        } else {
            out.printf(Locale.ROOT, "RSS after warm-up (%,d questions) %s, at the end %s (both after a full GC): growth %+.1f%% "
                    + "(target < %.0f%%: %s)%n", r.warmUp(), BenchText.mb(r.rssAfterWarmUpBytes()), BenchText.mb(r.rssEndBytes()),
                    r.rssGrowthPercent(), SoakReport.MAX_RSS_GROWTH_PERCENT, r.rssGrowthMet() ? "met" : "missed");
        }
        out.printf(Locale.ROOT, "heap in use after warm-up %s, at the end %s; heap committed %s, then %s%n",
                BenchText.mb(r.heapUsedAfterWarmUpBytes()), BenchText.mb(r.heapUsedEndBytes()),
                BenchText.mb(r.heapCommittedAfterWarmUpBytes()), BenchText.mb(r.heapCommittedEndBytes()));
        out.println("library intact afterwards (same stories and paragraphs): " + (r.libraryIntact() ? "yes" : "NO"));
        // RSS is read from outside the JVM and moves with the collector's choices: reported, not failed on.
        out.println(r.failed() ? "FAILED" : Boolean.FALSE.equals(r.rssGrowthMet())
                ? "passed, but RSS grew more than 10% after warm-up" : "passed");
        out.flush();
    }
}
