package org.storybot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on a connection of its own, for the notices a PostgreSQL library sends when a story is
 * written or removed (sent by the writing transaction as it commits, see {@link Dialect}), and calls
 * the listener for each burst of them. It also calls it after every (re)connect, since notices sent
 * while it was not listening are lost, and again every {@value #RETRY_MILLIS} ms while a call fails.
 * Each call reads what changed from the store itself: a notice only says when to look.
 */
final class StoreChanges implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreChanges.class);
    private static final int POLL_MILLIS = 250;
    private static final long RETRY_MILLIS = 500;
    /** Silence after which the listening connection is checked, so a dead one is found and replaced. */
    private static final long CHECK_MILLIS = 10_000;

    private final ServerLocation server;
    private final Availability availability;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;

    private StoreChanges(ServerLocation server, Availability availability, Runnable onChange) {
        this.server = server;
        this.availability = availability;
        this.onChange = onChange;
        this.thread = new Thread(this::listen, "store-changes");
        thread.setDaemon(true);
    }

    static StoreChanges start(ServerLocation server, Availability availability, Runnable onChange) {
        StoreChanges changes = new StoreChanges(server, availability, onChange);
        changes.thread.start();
        return changes;
    }

    private void listen() {
        while (!closed) {
            try (Connection c = ServerStore.connect(server)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + Dialect.CHANGES_CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                boolean pending = !deliver(); // whatever changed while nobody listened
                long quietSince = System.nanoTime();
                while (!closed) {
                    PGNotification[] notices = pg.getNotifications(POLL_MILLIS);
                    if (notices != null && notices.length > 0) {
                        pending = true;
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > CHECK_MILLIS * 1_000_000) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1");
                        }
                        quietSince = System.nanoTime();
                    }
                    if (pending) {
                        pending = !deliver();
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    StoreException failure = availability.failure("listening for library changes", e);
                    if (!(failure instanceof StoreUnavailableException)) {
                        log.warn("{}; listening again", failure.getMessage());
                    }
                    pause();
                }
            }
        }
    }

    /** Calls the listener; false when it failed (it is called again shortly). */
    private boolean deliver() {
        try {
            onChange.run();
            return true;
        } catch (StoreUnavailableException e) {
            return false; // said once by the store's availability; tried again when it is back
        } catch (RuntimeException e) {
            log.warn("could not bring this process up to date with the library: {}", e.getMessage());
            pause();
            return false;
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
