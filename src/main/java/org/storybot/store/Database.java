package org.storybot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data directory, migrated at open. One process owns a data
 * directory at a time: a second one gets a {@link StoreException} saying so instead of a damaged file.
 * Thread-safe; connections come from a small pool.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final String LOCK_FILE = "storybot.lock";
    private static final long LOCK_WAIT_NANOS = 10_000_000_000L;
    /** H2's "database may be already in use" error. */
    private static final int LOCKED = 90020;

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(Path directory, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
    }

    public static Database open(Path directory) {
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
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "storybot", "");
        pool.setMaxConnections(32);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            releaseQuietly(lock);
            closeQuietly(channel);
            throw new StoreException("cannot open the store in " + directory + ": " + rootMessage(e), e);
        }
        log.debug("opened store {}", directory);
        return new Database(directory, channel, lock, pool);
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
                Migrations.migrate(c);
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

    public Path directory() {
        return directory;
    }

    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the store: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback(); // whatever went wrong, the connection goes back to the pool with nothing half-done
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store error: " + e.getMessage(), e);
        }
    }

    public <T> T query(SqlWork<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store error: " + e.getMessage(), e);
        }
    }

    public Optional<String> setting(String name) {
        return query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void putSetting(String name, String value) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO setting KEY (name) VALUES (?, ?)")) {
                s.setString(1, name);
                s.setString(2, value);
                return s.executeUpdate();
            }
        });
    }

    /** Shuts the database down; closing it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (pool.getActiveConnections() > 0) {
            log.warn("closing the store with {} connections still in use", pool.getActiveConnections());
        }
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            log.warn("store did not shut down cleanly: {}", e.getMessage());
        }
        pool.dispose();
        releaseQuietly(lock);
        closeQuietly(lockChannel);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
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
