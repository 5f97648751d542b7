package org.storybot.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The shared-store bench as lines for the terminal. */
public final class SharedStoreText {

    /** How soon a story ingested in one process must be found in every other (the promise). */
    static final double VISIBLE_WITHIN_MS = 2000;

    private final PrintWriter out;

    public SharedStoreText(PrintWriter out) {
        this.out = out;
    }

    public void print(SharedStoreReport r) {
        BenchReport.Machine m = r.machine();
        out.printf(Locale.ROOT, "storybot bench --shared-store%s, %s: %d cores, %s, %s beside H2%n", m.quick() ? " --quick" : "",
                m.date(), m.cores(), m.java(), r.postgres());

        out.println();
        out.println("Ingest of the seed story and politics_2017.json, real embeddings");
        ingest("H2", r.h2Ingest(), r.h2Ingest());
        ingest("PostgreSQL", r.postgresIngest(), r.h2Ingest());

        List<BenchReport.Concurrency> pg = r.postgresProcesses();
        BenchReport.Concurrency h2 = r.h2Process();
        out.println();
        out.printf(Locale.ROOT, "%d askers per process, %.0f s%n", h2.askers(), h2.seconds());
        out.printf(Locale.ROOT, "  %-28s %10s %9s %9s %7s%n", "", "answers/s", "p50 ms", "p95 ms", "errors");
        askers("H2, one process", h2);
        for (int i = 0; i < pg.size(); i++) {
            askers("PostgreSQL, process " + (i + 1) + " of " + pg.size(), pg.get(i));
        }
        out.printf(Locale.ROOT, "  %-28s %10.1f  (x%.2f of the one process on H2)%n", "PostgreSQL, together",
                r.postgresTogether(), r.postgresTogether() / h2.answersPerSecond());
        pg.stream().map(BenchReport.Concurrency::firstError).filter(e -> e != null).findFirst()
                .ifPresent(e -> out.println("  first error: " + e));

        SharedStoreReport.Visibility v = r.visibility();
        out.println();
        out.printf(Locale.ROOT, "Ingest committed in one process to found by a search in another: %d stories, p50 %.0f ms, "
                + "p95 %.0f ms, max %.0f ms, %d not found within %.0f s; %s%n", v.stories(), v.latency().p50Ms(),
                v.latency().p95Ms(), v.latency().maxMs(), v.missed(), v.waitSeconds(),
                v.missed() == 0 && v.latency().p95Ms() <= VISIBLE_WITHIN_MS ? "met (target: within 2 s)" : "MISSED (target: within 2 s)");

        SharedStoreReport.Restart s = r.restart();
        out.println();
        out.printf(Locale.ROOT, "PostgreSQL restarted under %d askers (down %.1f s): %,d answers, %,d of them while it was down, "
                + "%d failed; answer-log rows %,d of %,d (%d lost); longest gap between answers %,d ms%n", s.askers(),
                s.downSeconds(), s.answers(), s.answeredWhileDown(), s.failed(), s.rowsWritten(), s.rowsExpected(),
                Math.max(0, s.rowsExpected() - s.rowsWritten()), s.longestGapMs());
        if (s.firstFailure() != null) {
            out.println("  first failure: " + s.firstFailure());
        }
        out.println();
        r.notes().forEach(n -> out.println("note: " + n));
        out.flush();
    }

    private void ingest(String store, BenchReport.Ingest i, BenchReport.Ingest h2) {
        out.printf(Locale.ROOT, "  %-11s %d stories, %,d paragraphs in %.1f s: %.1f paragraphs/s%s%n", store, i.stories(),
                i.paragraphs(), i.seconds(), i.paragraphsPerSecond(),
                i == h2 ? "" : String.format(Locale.ROOT, " (x%.2f of H2)", i.paragraphsPerSecond() / h2.paragraphsPerSecond()));
    }

    private void askers(String name, BenchReport.Concurrency c) {
        out.printf(Locale.ROOT, "  %-28s %10.1f %9.1f %9.1f %7d%n", name, c.answersPerSecond(), c.latency().p50Ms(),
                c.latency().p95Ms(), c.errors());
    }
}
