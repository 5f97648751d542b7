package org.storybot.bench;

import java.util.List;

/**
 * The shared store measured beside the embedded one, in one run (`storybot bench --shared-store`):
 * ingest into each, askers in one process on H2 and in two processes on one PostgreSQL at once, how
 * soon a story one process ingests is found by another, and a PostgreSQL restart under load.
 *
 * @param postgresTogether answers per second of the PostgreSQL processes added up
 */
public record SharedStoreReport(BenchReport.Machine machine, String postgres, BenchReport.Ingest h2Ingest,
        BenchReport.Ingest postgresIngest, BenchReport.Concurrency h2Process, List<BenchReport.Concurrency> postgresProcesses,
        double postgresTogether, Visibility visibility, Restart restart, List<String> notes) {

    public SharedStoreReport {
        postgresProcesses = List.copyOf(postgresProcesses);
        notes = List.copyOf(notes);
    }

    /**
     * From an ingest's commit in one process to the first search in another whose top hit is that
     * story: milliseconds, over {@code stories} stories ingested one at a time; {@code missed} were not
     * found within the wait.
     */
    public record Visibility(int stories, LatencySummary latency, int missed, double waitSeconds) {
    }

    /**
     * Askers through a PostgreSQL restart: answers given (and while the server was down), questions
     * that failed, answer-log rows expected and found after the reconnect, the longest time between
     * two answers, and how long the server was down.
     */
    public record Restart(int askers, long answers, long answeredWhileDown, long failed, String firstFailure,
            long rowsExpected, long rowsWritten, long longestGapMs, double downSeconds) {
    }
}
