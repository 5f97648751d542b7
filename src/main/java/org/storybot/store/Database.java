package org.storybot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's database, migrated at open: the embedded H2 file of one data directory, which one
 * process owns at a time (a second one gets a {@link StoreException} saying so instead of a damaged
 * file), or a PostgreSQL server that any number of processes share. Thread-safe; connections come
 * from a small pool. While a server cannot be reached, calls fail at once with a
 * {@link StoreUnavailableException}, and {@link #awaitAvailable} waits for it to come back.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final List<String> SETTING_COLUMNS = List.of("name", "setting_value");

    private final Dialect dialect;
    private final DataSource pool;
    private final Path directory;
    private final ServerLocation server;
    private final Availability availability;
    private final AutoCloseable resources;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param directory the embedded store's folder (null for a server)
     * @param server    the server's location (null for an embedded store)
     * @param resources closes the pool and whatever else the store holds
     */
    Database(Dialect dialect, DataSource pool, Path directory, ServerLocation server, Availability availability,
            AutoCloseable resources) {
        this.dialect = dialect;
        this.pool = pool;
        this.directory = directory;
        this.server = server;
        this.availability = availability;
        this.resources = resources;
    }

    /** The embedded H2 store in {@code directory}, created if new. */
    public static Database open(Path directory) {
        return EmbeddedStore.open(directory);
    }

    /** The PostgreSQL store at {@code server}, its schema created or brought up to date. */
    public static Database open(ServerLocation server) {
        return ServerStore.open(server);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The embedded store's folder; empty for a server. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** The store as logs name it, without credentials. */
    public String shown() {
        return server != null ? server.shown() : String.valueOf(directory);
    }

    /** Whether the server is known to be unreachable just now (never for an embedded store). */
    public boolean isAway() {
        return availability.isAway();
    }

    /** Waits, for at most {@code max}, until the store is reachable; false if it is still away or closed. */
    public boolean awaitAvailable(Duration max) {
        return availability.awaitBack(max);
    }

    /**
     * Calls {@code onChange} whenever another process may have changed a story (a PostgreSQL
     * notification, or a reconnect after which some may have been missed), on a thread of its own.
     * Nothing for an embedded store, which no other process writes. Close the result to stop.
     */
    public AutoCloseable listen(Runnable onChange) {
        return server == null ? () -> { } : StoreChanges.start(server, availability, onChange);
    }

    /**
     * Login turns spaced by {@code spacing} per bucket: within this process for an embedded store
     * (one process owns it), across every process sharing the server otherwise.
     */
    public IdentifyGate identifyGate(Duration spacing) {
        return server == null ? IdentifyGate.local(spacing) : new ServerIdentifyGate(this, spacing);
    }

    public Connection connection() {
        availability.check();
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw availability.failure("cannot connect to the store", e);
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
                rollback(c, e); // whatever went wrong, the connection goes back to the pool with nothing half-done
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs reads that must see one version of the data (a story and its paragraphs): in one
     * transaction that sees what was committed when it began.
     */
    public <T> T inSnapshot(SqlWork<T> work) {
        try (Connection c = connection()) {
            if (dialect == Dialect.H2) {
                return work.run(c); // one process writes an H2 store, and the library orders its reads and writes
            }
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public <T> T query(SqlWork<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The store's error for a failed statement: a {@link StoreUnavailableException} when the server is lost. */
    StoreException failure(SQLException e) {
        return availability.failure("store error", e);
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e); // a lost connection cannot roll back; the server drops the transaction
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
        writeSetting(dialect.upsert("setting", SETTING_COLUMNS, List.of("name")), name, value);
    }

    /**
     * The setting's value; when it has none yet, {@code value} is stored and returned. Processes
     * sharing a server that race to set it all get the one that was stored first.
     */
    public String settingIfAbsent(String name, String value) {
        Optional<String> existing = setting(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (dialect == Dialect.H2) {
            putSetting(name, value); // one process owns an H2 store: nobody else can have set it meanwhile
            return value;
        }
        writeSetting(dialect.insertIfAbsent("setting", SETTING_COLUMNS, List.of("name")), name, value);
        return setting(name).orElse(value);
    }

    private void writeSetting(String sql, String name, String value) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
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
        availability.close();
        try {
            resources.close();
        } catch (Exception e) {
            log.warn("store did not shut down cleanly: {}", e.getMessage());
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
