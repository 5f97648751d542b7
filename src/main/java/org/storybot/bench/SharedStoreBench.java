package org.storybot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.storybot.config.StoreConfig;
import org.storybot.ingest.IngestResult;
import org.storybot.store.Folders;
import org.storybot.story.RawArticle;
import org.storybot.story.Story;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;

/**
 * The shared store beside the embedded one, on this machine, in one run: a throwaway PostgreSQL
 * server of the installed binaries ({@link ThrowawayPostgres}); the seed story and
 * politics_2017.json ingested with real embeddings into H2 and into PostgreSQL; {@value #ASKERS}
 * askers in one process on H2, then in each of two processes on the PostgreSQL library at once; the
 * time from an ingest's commit in one process to the story's being found by a search in another;
 * and askers through a restart of the server. The processes are fresh storybot processes, started
 * as the launcher would ({@link WorkerProcess}).
 */
public final class SharedStoreBench {

    private static final int ASKERS = 16;
    private static final int PROCESSES = 2;
    private static final int VISIBILITY_STORIES = 20;
    private static final Duration VISIBILITY_WAIT = Duration.ofSeconds(30);
    private static final Duration WORKER_START = Duration.ofMinutes(3);
    /** Variable the bench's store settings name for a password: the throwaway server trusts its user. */
    private static final String NO_PASSWORD = "STORYBOT_BENCH_NO_PASSWORD";

    private final CoreParts parts;
    private final BenchOptions options;
    private final Consumer<String> progress;

    public SharedStoreBench(CoreParts parts, BenchOptions options, Consumer<String> progress) {
        this.parts = parts;
        this.options = options;
        this.progress = progress;
    }

    public SharedStoreReport run() throws IOException, InterruptedException {
        if (!ThrowawayPostgres.available()) {
            throw new IOException("the shared-store bench starts a PostgreSQL server of its own, and its binaries are not in "
                    + ThrowawayPostgres.BIN + " (set STORYBOT_PG_BIN to the folder holding initdb and pg_ctl)");
        }
        long start = System.nanoTime();
        parts.model();
        double modelSeconds = (System.nanoTime() - start) / 1e9;
        SharedCorpora corpora = SharedCorpora.read(options.sharedDir(), parts.json(), options.maxParagraphs());
        Path root = Files.createTempDirectory(Files.createDirectories(options.workDir()), "storybot-shared-store-");
        progress.accept("starting a throwaway PostgreSQL server");
        try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
            StoreConfig postgres = new StoreConfig(server.url("postgres"), ThrowawayPostgres.USER, NO_PASSWORD);
            Map<String, String> env = Map.of("STORYBOT_STORE_URL", postgres.url(), "STORYBOT_STORE_USER", postgres.user(),
                    "STORYBOT_STORE_PASSWORD_ENV", NO_PASSWORD);
            progress.accept("H2: ingesting the seed story and politics_2017.json");
            BenchReport.Ingest h2Ingest = ingest(root.resolve("h2"), StoreConfig.EMBEDDED, corpora);
            progress.accept("PostgreSQL: ingesting the seed story and politics_2017.json");
            BenchReport.Ingest pgIngest = ingest(root.resolve("pg-ingest"), postgres, corpora);

            progress.accept("H2: " + ASKERS + " askers in one process for " + options.concurrency().toSeconds() + " s");
            BenchReport.Concurrency h2 = askers(List.of(root.resolve("h2")), Map.of()).get(0);
            progress.accept("PostgreSQL: " + ASKERS + " askers in each of " + PROCESSES + " processes at once");
            List<Path> dirs = new ArrayList<>();
            for (int i = 1; i <= PROCESSES; i++) {
                dirs.add(root.resolve("pg-" + i));
            }
            List<BenchReport.Concurrency> pg = askers(dirs, env);

            progress.accept("PostgreSQL: " + VISIBILITY_STORIES + " stories ingested here, searched for in another process");
            SharedStoreReport.Visibility visibility = visibility(root, postgres, env, corpora);
            progress.accept("PostgreSQL: " + ASKERS + " askers through a restart of the server");
            SharedStoreReport.Restart restart = new RestartUnderLoad(parts, server, ASKERS, restartPhase())
                    .run(root.resolve("pg-restart"), postgres, corpora.questions());
            return new SharedStoreReport(BenchReport.Machine.here(modelSeconds, options), version(server), h2Ingest, pgIngest,
                    h2, pg, pg.stream().mapToDouble(BenchReport.Concurrency::answersPerSecond).sum(), visibility, restart,
                    List.of("Every process asks the questions of the main bench (the seed story's and qa.json's) of the "
                            + "seed + politics_2017.json library; the processes share this machine's " + Runtime.getRuntime()
                            .availableProcessors() + " cores with each other and with the server.",
                            "The PostgreSQL server is a throwaway one on 127.0.0.1 with fsync off, as the tests run it."));
        } finally {
            Folders.delete(root);
        }
    }

    private Duration restartPhase() {
        return options.quick() ? Duration.ofSeconds(3) : Duration.ofSeconds(5);
    }

    private BenchReport.Ingest ingest(Path dir, StoreConfig store, SharedCorpora corpora) throws IOException {
        try (BenchLibrary lib = BenchLibrary.open(dir, parts, store)) {
            lib.ingestor.seedIfNew(options.storiesDir());
            return Bench.ingestPolitics(lib, corpora);
        }
    }

    /** One asker process per folder, all asking at once once every one is warm; their figures in order. */
    private List<BenchReport.Concurrency> askers(List<Path> dirs, Map<String, String> env)
            throws IOException, InterruptedException {
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
                workers.add(WorkerProcess.start(options.launcher(), dir, env, List.of("askers", "--shared",
                        options.sharedDir().toString(), "--askers", Integer.toString(ASKERS), "--seconds",
                        Long.toString(options.concurrency().toSeconds()))));
            }
            for (WorkerProcess w : workers) {
                w.expect(BenchWorker.READY, WORKER_START);
            }
            workers.forEach(w -> w.send(BenchWorker.GO));
            List<BenchReport.Concurrency> figures = new ArrayList<>();
            for (WorkerProcess w : workers) {
                figures.add(parts.json().readValue(w.next(options.concurrency().plusMinutes(2)), BenchReport.Concurrency.class));
            }
            return figures;
        } finally {
            for (WorkerProcess w : workers) {
                w.close();
            }
        }
    }

    private SharedStoreReport.Visibility visibility(Path root, StoreConfig postgres, Map<String, String> env,
            SharedCorpora corpora) throws IOException, InterruptedException {
        Files.createDirectories(root.resolve("pg-watch"));
        StoryCleaner cleaner = new StoryCleaner(parts.splitter());
        List<Double> ms = new ArrayList<>();
        int missed = 0;
        try (BenchLibrary writer = BenchLibrary.open(root.resolve("pg-writer"), parts, postgres);
                WorkerProcess watcher = WorkerProcess.start(options.launcher(), root.resolve("pg-watch"), env,
                        List.of("watch", "--wait-seconds", Long.toString(VISIBILITY_WAIT.toSeconds())))) {
            watcher.expect(BenchWorker.READY, WORKER_START);
            int n = 0;
            for (RawArticle article : corpora.summaryArticles) {
                if (ms.size() + missed == VISIBILITY_STORIES) {
                    break;
                }
                Story story;
                try {
                    story = cleaner.clean(article, "shared-store-" + (++n));
                } catch (StoryFormatException e) {
                    continue;
                }
                IngestResult saved = writer.ingestor.save("summaries.json", story);
                long committed = System.currentTimeMillis();
                if (saved.failed()) {
                    throw new IOException("could not ingest " + story.id() + ": " + saved.error());
                }
                watcher.send(saved.storyId() + "\t" + story.paragraphs().get(0).sentences().get(0).text());
                String[] said = watcher.next(VISIBILITY_WAIT.plusSeconds(30)).split("\t", 2);
                if (said.length < 2 || said[1].equals(BenchWorker.MISSED)) {
                    missed++;
                } else {
                    ms.add((double) (Long.parseLong(said[1]) - committed));
                }
            }
            watcher.endInput();
        }
        return new SharedStoreReport.Visibility(ms.size() + missed, LatencySummary.of(ms), missed,
                VISIBILITY_WAIT.toSeconds());
    }

    private static String version(ThrowawayPostgres server) {
        try (Connection c = DriverManager.getConnection(server.url("postgres"), ThrowawayPostgres.USER, "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            return rs.next() ? "PostgreSQL " + rs.getString(1) : "PostgreSQL";
        } catch (SQLException e) {
            return "PostgreSQL";
        }
    }
}
