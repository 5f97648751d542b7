package org.storybot.store;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a store server is reachable. The first failure that is a lost connection marks it away
 * (logged once); from then on callers are refused at once instead of each waiting for a connection,
 * while a background thread tries it every {@value #PROBE_MILLIS} ms; the first success marks it back
 * (logged once). An embedded store never goes away. Thread-safe.
 */
final class Availability implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Availability.class);
    private static final long PROBE_MILLIS = 500;

    /** Tries the server once; true when it answers. */
    @FunctionalInterface
    interface Probe {
        boolean reachable();
    }

    private final String shown;
    private final Probe probe;
    private final Runnable onLost;
    private boolean away;
    private boolean closed;

    /**
     * @param shown  the store as logs name it (no credentials)
     * @param probe  tries the server; null for an embedded store, which never goes away
     * @param onLost run once per outage, when it begins (the pool drops its connections)
     */
    Availability(String shown, Probe probe, Runnable onLost) {
        this.shown = shown;
        this.probe = probe;
        this.onLost = onLost;
    }

    /**
     * Whether {@code e}, or what caused it, says the connection to the server is lost or cannot be
     * made. (A pool that timed out because all its connections were busy says neither: that is load,
     * not an outage.)
     */
    static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: the server shutting down, crashed, starting
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Refuses at once while the store is away. */
    void check() {
        if (isAway()) {
            throw new StoreUnavailableException("the store at " + shown + " is unreachable; waiting for it to come back", null);
        }
    }

    synchronized boolean isAway() {
        return away;
    }

    /** Turns a failure into the exception to throw, marking the store away when it is a lost connection. */
    StoreException failure(String what, SQLException e) {
        if (probe != null && isConnectionLoss(e)) {
            lost(e);
            return new StoreUnavailableException("the store at " + shown + " is unreachable: " + firstLine(e), e);
        }
        return new StoreException(what + ": " + firstLine(e), e);
    }

    private void lost(SQLException e) {
        synchronized (this) {
            if (away || closed) {
                return;
            }
            away = true;
        }
        log.warn("the store at {} is away ({}); questions are still answered from the search index, and the answer "
                + "log keeps its replies until the store is back", shown, firstLine(e));
        onLost.run();
        Thread prober = new Thread(this::probeUntilBack, "store-probe");
        prober.setDaemon(true);
        prober.start();
    }

    private void probeUntilBack() {
        while (true) {
            try {
                Thread.sleep(PROBE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (closed) {
                    return;
                }
            }
            if (probe.reachable()) {
                synchronized (this) {
                    away = false;
                    notifyAll();
                }
                log.info("the store at {} is back", shown);
                return;
            }
        }
    }

    /** Waits until the store is reachable, for at most {@code max}; false if it is still away (or closed). */
    synchronized boolean awaitBack(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (away && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * The first line of what went wrong. For a failed batch that is the statement's own error:
     * the driver's message for the batch quotes the statement with its values (a user's question).
     */
    static String firstLine(Throwable e) {
        if (e instanceof BatchUpdateException batch && batch.getNextException() != null) {
            return firstLine(batch.getNextException());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
