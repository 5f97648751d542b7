package org.storybot.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.storybot.bench.ThrowawayPostgres;
import org.storybot.config.StoreConfig;
import org.storybot.store.ServerLocation;

/**
 * The PostgreSQL server of this test run: the one .ci/run started ({@code STORYBOT_TEST_PG_URL},
 * {@code STORYBOT_TEST_PG_USER}, the password in {@code STORYBOT_TEST_PG_PASSWORD}), else a
 * throwaway server of this JVM's own from the installed binaries. Without either, tests that need
 * one skip, saying why; with {@code STORYBOT_REQUIRE_POSTGRES=true} (as .ci/run sets) they fail.
 * Each caller gets a new, empty database on it.
 */
public final class TestPostgres {

    /** The environment variable the tests' store settings name for the password. */
    public static final String PASSWORD_ENV = "STORYBOT_TEST_PG_PASSWORD";
    private static String adminUrl;
    private static String user;
    private static String password;
    private static ThrowawayPostgres own;

    private TestPostgres() {
    }

    /** A new, empty database on the run's server. */
    public static synchronized ServerLocation freshDatabase() {
        server();
        String name = "storybot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unavailable("cannot create a database on the test PostgreSQL server at " + adminUrl + ": " + e.getMessage());
        }
        String base = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        return new ServerLocation(base + name, user, password);
    }

    /** The store settings for {@code location}, the password named by {@link #PASSWORD_ENV}. */
    public static StoreConfig settings(ServerLocation location) {
        return new StoreConfig(location.url(), location.user(), PASSWORD_ENV);
    }

    /** The environment those settings read the password from. */
    public static Map<String, String> env(ServerLocation location) {
        return Map.of(PASSWORD_ENV, location.password());
    }

    /** Whether tests must fail rather than skip without a server (CI). */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("STORYBOT_REQUIRE_POSTGRES"));
    }

    /** Skips the test saying why, or fails it where a server is required. */
    public static void unavailable(String why) {
        if (required()) {
            fail(why + " (STORYBOT_REQUIRE_POSTGRES=true: PostgreSQL tests must run here)");
        }
        Assumptions.abort(why);
    }

    private static void server() {
        if (adminUrl != null) {
            return;
        }
        String url = System.getenv("STORYBOT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            String u = System.getenv().getOrDefault("STORYBOT_TEST_PG_USER", ThrowawayPostgres.USER);
            String pw = System.getenv().getOrDefault(PASSWORD_ENV, "");
            try (Connection c = DriverManager.getConnection(url, u, pw)) {
                c.isValid(5);
            } catch (SQLException e) {
                unavailable("the test PostgreSQL server STORYBOT_TEST_PG_URL=" + url + " cannot be reached: " + e.getMessage());
            }
            adminUrl = url;
            user = u;
            password = pw;
            return;
        }
        if (!ThrowawayPostgres.available()) {
            unavailable("no PostgreSQL server for the tests: STORYBOT_TEST_PG_URL is not set and the binaries are not in "
                    + ThrowawayPostgres.BIN + " (apt-get install postgresql, or see .ci/run)");
        }
        try {
            own = ThrowawayPostgres.start();
        } catch (Exception e) {
            unavailable("could not start a throwaway PostgreSQL server from " + ThrowawayPostgres.BIN + ": " + e.getMessage());
        }
        adminUrl = own.url("postgres");
        user = ThrowawayPostgres.USER;
        password = "";
    }
}
