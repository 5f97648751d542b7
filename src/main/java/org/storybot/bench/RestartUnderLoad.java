package org.storybot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.config.StoreConfig;

/**
 * Askers on a PostgreSQL library while its server is stopped (a fast shutdown, as an administrator
 * restarting it would) and started again, one phase each: up, down, up. Every question must still
 * be answered (from the in-memory indexes) and every answer must reach the answer log once the
 * server is back; the longest time between two answers shows the pause the members would notice.
 */
final class RestartUnderLoad {

    private static final Duration ROWS_WAIT = Duration.ofSeconds(60);
    private static final int WARM_UP = 20;

    private final CoreParts parts;
    private final ThrowawayPostgres server;
    private final int askers;
    private final Duration phase;

    RestartUnderLoad(CoreParts parts, ThrowawayPostgres server, int askers, Duration phase) {
        this.parts = parts;
        this.server = server;
        this.askers = askers;
        this.phase = phase;
    }

    SharedStoreReport.Restart run(Path dir, StoreConfig postgres, List<String> questions)
            throws IOException, InterruptedException {
        try (BenchLibrary lib = BenchLibrary.open(dir, parts, postgres)) {
            QuestionPool pool = new QuestionPool(questions, 2017);
            long rowsBefore = rows(); // the warm-up's rows may land later: they count among those expected
            long warmedUp = 0;
            for (int i = 0; i < WARM_UP; i++) {
                Reply reply = lib.assistant.ask(new Question(pool.next().text(), null, null, "bench", "warm-up"));
                warmedUp += reply.answerId() > 0 ? 1 : 0;
            }
            AtomicBoolean asking = new AtomicBoolean(true);
            AtomicLong answers = new AtomicLong();
            AtomicLong recorded = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicReference<String> firstFailure = new AtomicReference<>();
            AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
            AtomicLong longestGap = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(askers);
            List<Future<?>> work = new ArrayList<>();
            for (int a = 0; a < askers; a++) {
                String asker = "asker-" + a;
                work.add(threads.submit(() -> {
                    while (asking.get()) {
                        try {
                            Reply reply = lib.assistant.ask(new Question(pool.next().text(), null, null, "bench", asker));
                            if (reply instanceof Reply.Rejected rejected) {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, "rejected: " + rejected.message());
                                continue;
                            }
                            answers.incrementAndGet();
                            if (reply.answerId() > 0) {
                                recorded.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, e.toString());
                            continue;
                        }
                        long now = System.nanoTime();
                        longestGap.accumulateAndGet(now - lastAnswer.getAndSet(now), Math::max);
                    }
                    return null;
                }));
            }
            Thread.sleep(phase.toMillis());
            server.stopServer();
            long down = System.nanoTime();
            long answeredBefore = answers.get();
            Thread.sleep(phase.toMillis());
            long answeredWhileDown = answers.get() - answeredBefore;
            server.startServer();
            double downSeconds = (System.nanoTime() - down) / 1e9;
            Thread.sleep(phase.toMillis());
            asking.set(false);
            for (Future<?> f : work) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e.toString());
                }
            }
            threads.shutdownNow();
            long expected = rowsBefore + warmedUp + recorded.get();
            long deadline = System.nanoTime() + ROWS_WAIT.toNanos();
            long rows = rows();
            while (rows < expected && System.nanoTime() < deadline) {
                Thread.sleep(100);
                rows = rows();
            }
            return new SharedStoreReport.Restart(askers, answers.get(), answeredWhileDown, failed.get(), firstFailure.get(),
                    recorded.get(), rows - rowsBefore - warmedUp, longestGap.get() / 1_000_000, downSeconds);
        }
    }

    /** Rows in the shared answer log. */
    private long rows() throws IOException {
        try (Connection c = DriverManager.getConnection(server.url("postgres"), ThrowawayPostgres.USER, "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM answer")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IOException("cannot count the answer log's rows: " + e.getMessage(), e);
        }
    }
}
