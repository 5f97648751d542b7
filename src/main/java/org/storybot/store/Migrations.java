package org.storybot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storybot.story.Text;

/**
 * Brings the schema up to date with the versioned SQL scripts under db/migration, in order, each
 * recorded with its checksum in {@code schema_version}. A script edited after it was applied, or a
 * store made by a newer storybot, stops start-up with a clear message. (A plain runner rather than
 * Flyway: it starts in milliseconds, and a cold `storybot ask` has a budget of 2.5 s.)
 */
final class Migrations {

    /** The scripts, oldest first; a new one goes at the end and is never edited once released. */
    static final List<String> SCRIPTS = List.of("V1__library.sql", "V2__answers.sql", "V3__short_answer.sql",
            "V4__story_language.sql", "V5__feeds.sql", "V6__bot_processes.sql", "V7__story_lean.sql");

    private static final String FOLDER = "/db/migration/";

    private Migrations() {
    }

    /** Applies the scripts this store lacks, each read as {@code dialect} reads it (its checksum is of the file as written). */
    static void migrate(Connection c, Dialect dialect) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                        + "checksum CHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            c.commit();
            Map<Integer, String> applied = applied(c);
            if (applied.isEmpty() && dialect == Dialect.H2) {
                applied = adoptFlywayHistory(c);
            }
            int newest = SCRIPTS.size();
            for (int version : applied.keySet()) {
                if (version > newest) {
                    throw new StoreException("this store was made by a newer storybot (schema version " + version
                            + "); update storybot or use another --data-dir");
                }
            }
            for (int i = 0; i < SCRIPTS.size(); i++) {
                int version = i + 1;
                String script = read(SCRIPTS.get(i));
                String checksum = Text.sha256(script);
                String recorded = applied.get(version);
                if (recorded != null) {
                    if (!recorded.equals(checksum)) {
                        throw new StoreException("migration " + SCRIPTS.get(i) + " differs from the one this store was "
                                + "built with; released migrations must never change");
                    }
                    continue;
                }
                apply(c, dialect, version, SCRIPTS.get(i), script, checksum);
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Stores made by earlier storybot builds were migrated by Flyway; take over its record of the
     * versions applied (its checksums are of another kind, so today's scripts' are recorded).
     */
    private static Map<Integer, String> adoptFlywayHistory(Connection c) throws SQLException {
        Map<Integer, String> adopted = new HashMap<>();
        try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return adopted;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                int version = Integer.parseInt(rs.getString(1));
                if (version >= 1 && version <= SCRIPTS.size()) {
                    String checksum = Text.sha256(read(SCRIPTS.get(version - 1)));
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO schema_version (version, description, "
                            + "checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                        insert.setInt(1, version);
                        insert.setString(2, "adopted from Flyway");
                        insert.setString(3, checksum);
                        insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                        insert.executeUpdate();
                    }
                    adopted.put(version, checksum);
                }
            }
        }
        c.commit();
        return adopted;
    }

    private static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private static void apply(Connection c, Dialect dialect, int version, String name, String script, String checksum)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(dialect.migration(statement));
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            s.setInt(1, version);
            s.setString(2, name.replaceFirst("^V\\d+__", "").replaceFirst("\\.sql$", "").replace('_', ' '));
            s.setString(3, checksum);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
        }
        c.commit();
    }

    /** The statements of a script: split at semicolons ending a line, comment lines left out. */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip).filter(st -> !st.isEmpty()).map(st -> st.replaceFirst(";$", "")).toList();
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
