package org.storybot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login turns spaced across every process sharing a PostgreSQL store: the turn is taken under a
 * transaction-scoped advisory lock on a fixed key per bucket, which holds the others back while
 * this one waits out the spacing since the bucket's last turn (a row, in the server's clock, so
 * machines whose clocks differ still space correctly), then stamps its own. The lock goes with the
 * transaction, also when a process dies holding it. While the server is away, turns are spaced
 * within this process only, and the log says so once.
 */
final class ServerIdentifyGate implements IdentifyGate {

    private static final Logger log = LoggerFactory.getLogger(ServerIdentifyGate.class);
    /** "identify" in ASCII, as a number; a bucket's lock is this plus the bucket. */
    private static final long LOCK_BASE = 0x6964656e74696679L;

    private final Database database;
    private final Duration spacing;
    private final IdentifyGate fallback;
    private final AtomicBoolean warned = new AtomicBoolean();

    ServerIdentifyGate(Database database, Duration spacing) {
        this.database = database;
        this.spacing = spacing;
        this.fallback = new LocalIdentifyGate(spacing);
    }

    @Override
    public void awaitTurn(int bucket) throws InterruptedException {
        try {
            database.inTransaction(c -> {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_BASE + bucket);
                    lock.execute();
                }
                double since = Double.POSITIVE_INFINITY;
                try (PreparedStatement last = c.prepareStatement(
                        "SELECT EXTRACT(EPOCH FROM (clock_timestamp() - granted_at)) FROM identify_turn WHERE bucket = ?")) {
                    last.setInt(1, bucket);
                    try (ResultSet rs = last.executeQuery()) {
                        if (rs.next()) {
                            since = Math.max(0, rs.getDouble(1)); // a turn stamped in the future counts as just now
                        }
                    }
                }
                long waitMillis = (long) Math.ceil(spacing.toMillis() - since * 1000);
                if (waitMillis > 0) {
                    sleep(waitMillis);
                }
                try (PreparedStatement stamp = c.prepareStatement("INSERT INTO identify_turn (bucket, granted_at) VALUES "
                        + "(?, clock_timestamp()) ON CONFLICT (bucket) DO UPDATE SET granted_at = EXCLUDED.granted_at")) {
                    stamp.setInt(1, bucket);
                    stamp.executeUpdate();
                }
                return null;
            });
            warned.set(false);
        } catch (Interrupted e) {
            throw e.cause;
        } catch (StoreException e) {
            if (warned.compareAndSet(false, true)) {
                log.warn("the store is away ({}); logins are spaced within this process only until it is back",
                        e.getMessage());
            }
            fallback.awaitTurn(bucket);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new Interrupted(e); // rolls the transaction back, releasing the lock
        }
    }

    /** An interrupt while holding the lock, carried out of the transaction. */
    private static final class Interrupted extends RuntimeException {
        private final InterruptedException cause;

        Interrupted(InterruptedException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
