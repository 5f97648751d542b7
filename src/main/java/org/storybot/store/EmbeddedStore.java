package org.storybot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the embedded H2 store of one data directory. One process owns a data directory at a time
 * (a lock file says which): a second one is told so instead of getting a damaged file.
 */
final class EmbeddedStore {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    private static final String LOCK_FILE = "storybot.lock";
    /** The embedded database's one user, with no password: the file is reachable by this process alone. */
    private static final String USER = "storybot";
    private static final long LOCK_WAIT_NANOS = 10_000_000_000L;
    /** H2's "database may be already in use" error. */
    private static final int LOCKED = 90020;

    private EmbeddedStore() {
    }

    static Database open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException("the data directory " + directory.toAbsolutePath()
                    + " is in use by another storybot process; stop it first, or use --data-dir for a separate library");
        }
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("storybot")
                + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_RECONNECT=FALSE"
                // Write at each commit, not from a background timer: the timer can put half of an open
                // transaction on disk, and a process killed just then has left rows that later
                // inserts of the same story wait on.
                + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, "");
        pool.setMaxConnections(32);
        FileLock held = lock;
        FileChannel open = channel;
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            releaseQuietly(held);
            closeQuietly(open);
            throw new StoreException("cannot open the store in " + directory + ": " + rootMessage(e), e);
        }
        log.debug("opened store {}", directory);
        return new Database(Dialect.H2, pool, directory, null, new Availability(directory.toString(), null, () -> { }),
                () -> shutDown(pool, url, held, open));
    }

    /**
     * Migrates the schema. Our own lock file already keeps other storybot processes out, so a file
     * still locked by H2 can only be one just let go of (a process that has died, an instance being
     * closed): wait a moment for it rather than fail.
     */
    private static void migrate(JdbcConnectionPool pool) {
        long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
        while (true) {
            try (Connection c = pool.getConnection()) {
                Migrations.migrate(c, Dialect.H2);
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != LOCKED || System.nanoTime() > deadline) {
                    throw new StoreException(e.getMessage().lines().findFirst().orElse("store error"), e);
                }
                log.info("the store file is still locked; waiting for it to be released");
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for the store", e);
                }
            }
        }
    }

    /**
     * Shuts the database down, on a connection of its own: a pooled one would try to roll back as it
     * goes back to the pool after the database has closed, and H2 would write that failure's stack
     * trace into the store's trace file at every close.
     */
    private static void shutDown(JdbcConnectionPool pool, String url, FileLock lock, FileChannel channel) {
        if (pool.getActiveConnections() > 0) {
            log.warn("closing the store with {} connections still in use", pool.getActiveConnections());
        }
        try (Connection c = DriverManager.getConnection(url, USER, ""); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            log.warn("store did not shut down cleanly: {}", e.getMessage());
        }
        pool.dispose();
        releaseQuietly(lock);
        closeQuietly(channel);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return Availability.firstLine(t);
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
