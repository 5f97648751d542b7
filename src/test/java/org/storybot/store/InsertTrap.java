package org.storybot.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.api.DatabaseEventListener;

/**
 * A trap at the database boundary, for the answer log's tests: H2 calls it as each statement
 * starts (it is installed with {@code SET DATABASE_EVENT_LISTENER}), and when an insert into the
 * answer table starts it throws {@link #error}, or holds the insert until {@link #release} is
 * counted down. H2 makes the instance, so the settings are static; tests reset them.
 */
public final class InsertTrap implements DatabaseEventListener {

    /** Thrown from inside H2 at the start of each answer insert while set. */
    static volatile Error error;
    /** While set, each answer insert waits for it (at most a minute). */
    static volatile CountDownLatch release;
    /** Counted down when an insert is being held. */
    static volatile CountDownLatch holding = new CountDownLatch(1);

    static void install(Database database) {
        database.query(c -> {
            try (var s = c.createStatement()) {
                return s.execute("SET DATABASE_EVENT_LISTENER '" + InsertTrap.class.getName() + "'");
            }
        });
    }

    static void reset() {
        error = null;
        CountDownLatch held = release;
        release = null;
        if (held != null) {
            held.countDown();
        }
        holding = new CountDownLatch(1);
    }

    @Override
    public void exceptionThrown(java.sql.SQLException e, String sql) {
        Error thrown = error;
        if (thrown != null && sql != null && sql.startsWith("INSERT INTO answer ")) {
            throw thrown;
        }
    }

    @Override
    public void setProgress(int state, String name, long x, long max) {
        if (state != STATE_STATEMENT_START || name == null || !name.startsWith("INSERT INTO answer ")) {
            return;
        }
        CountDownLatch held = release;
        if (held != null) {
            holding.countDown();
            try {
                held.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
