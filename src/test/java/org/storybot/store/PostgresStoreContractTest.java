package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.storybot.support.TestLibrary;
import org.storybot.support.TestPostgres;

/**
 * The store contract on a real PostgreSQL server (see {@link TestPostgres}): a new database for
 * each test, the schema made by the same migrations as H2's.
 */
class PostgresStoreContractTest extends StoreContract {

    private ServerLocation location;

    @Override
    TestLibrary newLibrary(Path dataDir) {
        location = TestPostgres.freshDatabase();
        return reopen(dataDir);
    }

    @Override
    TestLibrary reopen(Path dataDir) {
        return new TestLibrary(dataDir, TestPostgres.settings(location), TestPostgres.env(location));
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    /**
     * A commit whose answer is lost with the connection may have been made: the writer writes the
     * reply again when the store is back. That must leave one row and say nothing (it was seen once
     * as a "could not record reply" warning in PostgresRestartTest). Written here as the same reply
     * handed twice, the second time after the first is committed.
     */
    @Test
    void should_write_a_reply_once_when_it_is_written_again_after_a_commit_whose_answer_was_lost() throws Exception {
        Logger writerLog = (Logger) LoggerFactory.getLogger(AnswerWriter.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        writerLog.addAppender(logged);
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            AnswerRecord reply = new AnswerRecord(0, "talk", "Who resigned?", null, "answered", "Nobody [1]", null, null,
                    "[]", null, 3.0, "test", null, null);
            try (AnswerWriter writer = new AnswerWriter(t.database, Duration.ofSeconds(5))) {
                writer.queue(42, reply.withId(42));
                writer.awaitWrites();
                writer.queue(42, reply.withId(42));
                writer.queue(43, reply.withId(43));
            }
            int rows = t.database.query(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM answer WHERE id IN (42, 43)")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).as("replies 42 and 43, each once").isEqualTo(2);
            assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
        } finally {
            writerLog.detachAppender(logged);
        }
    }
}
