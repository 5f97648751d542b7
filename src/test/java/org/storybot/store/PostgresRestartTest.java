package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.support.TestPostgres;
import org.storybot.bench.ThrowawayPostgres;

/**
 * The PostgreSQL server restarted while people ask: every question is still answered (from the
 * index), every reply given while the server was down lands in the answer log once it is back,
 * and the log says once that the store went away and once that it came back. A server of this
 * test's own, since it is stopped and started.
 */
@Tag("postgres-restart") // stops and starts a server of its own: about 20 s
class PostgresRestartTest {

    private static final List<String> QUESTIONS = List.of("Who turned down the resignation?",
            "Who offered to resign?", "When did Sessions offer to resign?", "Why was Trump angry?");
    private static final int ASKERS = 2;

    @TempDir
    Path dir;

    @Test
    void should_answer_through_a_restart_and_write_every_reply_after_it() throws Exception {
        if (!ThrowawayPostgres.available()) {
            TestPostgres.unavailable("this test restarts a PostgreSQL server of its own, and the binaries are not in "
                    + ThrowawayPostgres.BIN);
        }
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger storybot = (Logger) LoggerFactory.getLogger("org.storybot");
        try (ThrowawayPostgres server = ThrowawayPostgres.start()) {
            ServerLocation store = new ServerLocation(server.url("postgres"), ThrowawayPostgres.USER, "");
            try (TestLibrary t = new TestLibrary(dir.resolve("data"), TestPostgres.settings(store), TestPostgres.env(store))) {
                t.ingestor.ingest(List.of(SharedData.seedStory()));
                var assistant = t.assistant();
                QUESTIONS.forEach(q -> assistant.ask(Question.of(q))); // warm: the outage is what is measured
                long before = rows(store);
                logged.start();
                storybot.addAppender(logged);

                AtomicBoolean asking = new AtomicBoolean(true);
                AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
                AtomicLong longestGap = new AtomicLong();
                List<Long> ids = Collections.synchronizedList(new ArrayList<>());
                List<String> failures = Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(ASKERS);
                List<Future<?>> askers = new ArrayList<>();
                for (int a = 0; a < ASKERS; a++) {
                    int asker = a;
                    askers.add(pool.submit(() -> {
                        for (int i = 0; asking.get(); i++) {
                            String conversation = i % 2 == 0 ? "asker-" + asker : null; // half of them read history
                            try {
                                Reply reply = assistant.ask(new Question(QUESTIONS.get(i % QUESTIONS.size()), conversation,
                                        null, "test", "user-" + asker));
                                if (reply instanceof Reply.Rejected || reply.answerId() <= 0) {
                                    failures.add("not answered or not recorded: " + reply);
                                }
                                ids.add(reply.answerId());
                            } catch (RuntimeException e) {
                                failures.add(e.toString());
                            }
                            long now = System.nanoTime();
                            long gap = now - lastAnswer.getAndSet(now);
                            longestGap.accumulateAndGet(gap, Math::max);
                            sleep(20);
                        }
                    }));
                }
                sleep(1500);
                long askedBefore = ids.size();
                server.stopServer();
                sleep(3000);
                long askedWhileDown = ids.size() - askedBefore;
                server.startServer();
                sleep(3000);
                asking.set(false);
                for (Future<?> f : askers) {
                    f.get(30, TimeUnit.SECONDS);
                }
                pool.shutdown();

                assertThat(failures).as("questions that failed through the restart").isEmpty();
                assertThat(askedWhileDown).as("answers given while the server was down").isGreaterThan(20);
                assertThat(ids).doesNotHaveDuplicates();
                long expected = before + ids.size();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (rows(store) < expected && System.nanoTime() < deadline) {
                    sleep(100);
                }
                assertThat(rows(store)).as("answer-log rows: none lost, none twice").isEqualTo(expected);
                System.out.printf("restart: %d answers, %d while the server was down, longest gap %d ms, 0 lost%n",
                        ids.size(), askedWhileDown, longestGap.get() / 1_000_000);

                List<String> said = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                        .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("the store at")).toList();
                assertThat(said).as("what the log said of the store").hasSize(2);
                assertThat(said.get(0)).contains("is away").contains(server.url("postgres"));
                assertThat(said.get(1)).contains("is back");
                assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                        .extracting(ILoggingEvent::getFormattedMessage).as("warnings").hasSize(1);
            } finally {
                storybot.detachAppender(logged);
            }
        }
    }

    private static long rows(ServerLocation store) throws Exception {
        try (var c = DriverManager.getConnection(store.url(), store.user(), store.password());
                var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM answer")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
