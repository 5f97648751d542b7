package org.storybot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a PostgreSQL store that any number of storybot processes share: a HikariCP pool, the
 * schema migrated by whichever process comes first (the others wait on an advisory lock, then find
 * it done). No lock file: the server keeps the processes' writes apart.
 */
final class ServerStore {

    private static final Logger log = LoggerFactory.getLogger(ServerStore.class);
    /** The advisory lock that one migrating process holds ("storybot" in ASCII, as a number). */
    private static final long MIGRATION_LOCK = 0x73746f7279626f74L;
    private static final int POOL_SIZE = 16;
    private static final long CONNECTION_TIMEOUT_MILLIS = 3000;
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private ServerStore() {
    }

    static Database open(ServerLocation server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("storybot-store");
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        driverProperties().forEach((k, v) -> config.addDataSourceProperty((String) k, v));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot reach the store at " + server.shown() + " as " + server.user() + ": "
                    + EmbeddedStore.rootMessage(e), e);
        }
        try (Connection c = pool.getConnection()) {
            migrate(c);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open the store at " + server.shown() + ": " + EmbeddedStore.rootMessage(e), e);
        }
        log.info("using the PostgreSQL store at {}", server.shown());
        Availability availability = new Availability(server.shown(), () -> reachable(server), () -> pool.getHikariPoolMXBean().softEvictConnections());
        return new Database(Dialect.POSTGRESQL, pool, null, server, availability, pool::close);
    }

    private static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
            try {
                Migrations.migrate(c, Dialect.POSTGRESQL);
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
            }
        }
    }

    /** A connection of its own, outside the pool: for listening to the library's changes. */
    static Connection connect(ServerLocation server) throws SQLException {
        Properties properties = driverProperties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        return DriverManager.getConnection(server.url(), properties);
    }

    private static boolean reachable(ServerLocation server) {
        try (Connection c = connect(server)) {
            return c.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Properties driverProperties() {
        Properties p = new Properties();
        p.setProperty("ApplicationName", "storybot");
        p.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }
}
