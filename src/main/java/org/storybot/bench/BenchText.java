package org.storybot.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The bench report as tables for the terminal. */
public final class BenchText {

    private final PrintWriter out;

    public BenchText(PrintWriter out) {
        this.out = out;
    }

    public void print(BenchReport r) {
        BenchReport.Machine m = r.machine();
        out.printf(Locale.ROOT, "storybot bench%s, %s: %d cores, %s RAM, %s, %s, max heap %s; model loaded in %.1f s%n",
                m.quick() ? " --quick" : "", m.date(), m.cores(), m.memoryBytes() == null ? "?" : gb(m.memoryBytes()),
                m.java(), m.os(), gb(m.maxHeapBytes()), m.modelLoadSeconds());

        section("Libraries (each in a temporary folder, deleted afterwards)");
        row("%-20s %7s %10s %9s %9s %9s %9s %11s %10s %12s", "library", "stories", "paragraphs", "sentences", "built",
                "opened", "on disk", "RSS (bench)", "heap used", "RSS (fresh)");
        for (BenchReport.LibraryFigures l : r.libraries()) {
            BenchReport.ColdStartFigures c = l.coldStart();
            row("%-20s %7s %10s %9s %9s %9s %9s %11s %10s %12s", l.name() + (l.synthetic() ? "*" : ""), count(l.stories()),
                    count(l.paragraphs()), count(l.sentences()), secs(l.buildSeconds()), secs(l.openSeconds()),
                    mb(l.storeBytes()), mb(l.rssBytes()), mb(l.heapUsedBytes()),
                    c.rssBytes() == null ? "-" : mb(c.rssBytes()).replace(" MB", "") + "/" + mb(c.peakRssBytes()));
        }
        out.println("* synthetic (see notes). RSS (fresh): a fresh ask process on the library, now/peak.");

        BenchReport.Ingest i = r.ingest();
        section("Ingest with real embeddings");
        out.printf(Locale.ROOT, "%s: %d stories, %,d paragraphs, %,d sentences in %.1f s: %.1f paragraphs/s (%.1f sentences/s)%n",
                i.source(), i.stories(), i.paragraphs(), i.sentences(), i.seconds(), i.paragraphsPerSecond(),
                i.sentencesPerSecond());

        section("Cold start: a fresh `storybot ask` process, launch to printed answer (" + m.coldStartCommand() + ")");
        row("%-20s %-28s %8s", "library", "runs", "median");
        for (BenchReport.LibraryFigures l : r.libraries()) {
            BenchReport.ColdStartFigures c = l.coldStart();
            String runs = c.runsSeconds().stream().map(BenchText::secs).collect(Collectors.joining(", "));
            row("%-20s %-28s %8s", l.name(), runs.isEmpty() ? "-" : runs, c.medianSeconds() == null ? "-" : secs(c.medianSeconds()));
            c.errors().forEach(e -> out.println("    failed: " + e));
        }

        section("Warm latency, ms");
        row("%-20s %-18s %5s %8s %8s %8s %8s  %s", "library", "operation", "n", "p50", "p95", "p99", "mean", "questions / outcomes");
        for (BenchReport.LibraryFigures l : r.libraries()) {
            operation(l.name(), "search", l.search());
            operation("", "ask (offline)", l.ask());
            operation("", "embed query alone", l.embedQuery());
            operation("", "summarize (first)", l.firstSummary());
            operation("", "summarize (warm)", l.summarize());
        }

        if (!r.libraries().isEmpty()) {
            BenchReport.Concurrency first = r.libraries().get(0).concurrency();
            section(String.format(Locale.ROOT, "Concurrency: %d askers through the core for %.0f s", first.askers(), first.seconds()));
        }
        row("%-20s %8s %10s %8s %8s %8s %7s  %s", "library", "answers", "answers/s", "p50 ms", "p95 ms", "p99 ms", "errors",
                "outcomes; questions");
        for (BenchReport.LibraryFigures l : r.libraries()) {
            BenchReport.Concurrency c = l.concurrency();
            row("%-20s %8s %10.1f %8.1f %8.1f %8.1f %7d  %s; %s", l.name(), count(c.answers()), c.answersPerSecond(),
                    c.latency().p50Ms(), c.latency().p95Ms(), c.latency().p99Ms(), c.errors(), outcomes(c.outcomes()),
                    c.repeatedQuestions() == 0 ? "no question repeated" : String.format(Locale.ROOT,
                            "%,d questions asked again, the nearest %,d questions after their last use",
                            c.repeatedQuestions(), c.nearestRepeatGap()));
            if (c.firstError() != null) {
                out.println("    first error: " + c.firstError());
            }
        }

        BenchReport.Baseline b = r.baseline();
        section("Search beside the LangChain4j baseline");
        out.printf(Locale.ROOT, "%s: %d questions, %d stories, %d paragraphs%n", b.description(), b.questions(), b.stories(),
                b.paragraphs());
        row("%-26s %9s %8s %8s %8s", "", "recall@3", "p50 ms", "p95 ms", "p99 ms");
        row("%-26s %9.3f %8.1f %8.1f %8.1f", "storybot hybrid", b.oursRecallAt3(), b.ours().p50Ms(), b.ours().p95Ms(), b.ours().p99Ms());
        row("%-26s %9.3f %8.1f %8.1f %8.1f", "LangChain4j in-memory", b.baselineRecallAt3(), b.baseline().p50Ms(),
                b.baseline().p95Ms(), b.baseline().p99Ms());
        row("%-26s %9s %8s %8s", "storybot / LangChain4j", ratio(b.recallRatio()), ratio(b.p50Ratio()), ratio(b.p95Ratio()));

        section("Targets (set for 2 cores)");
        row("%-40s %-34s %-44s %s", "target", "goal", "measured", "result");
        for (BenchReport.Target t : r.targets()) {
            row("%-40s %-34s %-44s %s", t.name(), t.goal(), t.measured(), t.verdict());
        }

        section("Notes");
        r.notes().forEach(n -> out.println("- " + n));
        out.flush();
    }

    private void operation(String library, String name, BenchReport.Operation o) {
        LatencySummary l = o.latency();
        StringBuilder about = new StringBuilder();
        if (o.repeatedQuestions() != null) {
            about.append(o.repeatedQuestions() == 0 ? "no question repeated"
                    : o.repeatedQuestions() + " repeated, nearest " + o.nearestRepeatGap() + " questions before");
        }
        if (o.outcomes() != null) {
            about.append(about.length() > 0 ? "; " : "").append(outcomes(o.outcomes()));
        }
        row("%-20s %-18s %5d %8.1f %8.1f %8.1f %8.1f  %s", library, name, l.n(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.meanMs(), about);
    }

    private static String outcomes(Map<String, Integer> outcomes) {
        return outcomes == null ? "" : outcomes.entrySet().stream().map(e -> e.getKey() + " " + count(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void row(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values).stripTrailing());
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String secs(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    static String mb(Long bytes) {
        return bytes == null ? "-" : String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
    }

    static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1073741824.0);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "x%.2f", r);
    }
}
