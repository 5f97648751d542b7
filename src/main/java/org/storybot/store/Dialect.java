package org.storybot.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The few places where H2 and PostgreSQL SQL differ. Everything else the store writes is portable;
 * the released migrations (written for H2, checksummed as written) are read for PostgreSQL through
 * {@link #migration}, never edited.
 */
public enum Dialect {
    H2,
    POSTGRESQL;

    /** The channel on which a PostgreSQL library announces a story's change (its id as payload). */
    static final String CHANGES_CHANNEL = "storybot_library";

    /** A statement of a released migration as this database reads it. */
    String migration(String statement) {
        if (this == H2) {
            return statement;
        }
        return statement
                .replaceAll("(?i)CHARACTER LARGE OBJECT", "TEXT")
                .replaceAll("(?i)VARBINARY\\(\\d+\\)", "BYTEA")
                .replaceAll("(?i)BIGINT AUTO_INCREMENT", "BIGINT");
    }

    /** Inserts a row: all columns bound in order. */
    String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns) + ")";
    }

    /** Inserts a row, or replaces the one with the same {@code keys}: all columns bound in order. */
    String upsert(String table, List<String> columns, List<String> keys) {
        if (this == H2) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keys)
                    + ") VALUES (" + marks(columns) + ")";
        }
        String updates = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + updates;
    }

    /** Inserts a row unless one with the same {@code keys} exists (PostgreSQL only: an H2 store has one writer). */
    String insertIfAbsent(String table, List<String> columns, List<String> keys) {
        if (this == H2) {
            throw new UnsupportedOperationException("one process writes an H2 store: read, then write");
        }
        return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keys) + ") DO NOTHING";
    }

    /** A parameter mark for each column. */
    private static String marks(List<String> columns) {
        return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }

    /**
     * Counts up the number stored in the setting named by the statement's one parameter (from 1)
     * and returns it, in one statement: processes starting together get different numbers
     * (PostgreSQL only).
     */
    String countUpSetting() {
        if (this == H2) {
            throw new UnsupportedOperationException("one process writes an H2 store");
        }
        return "INSERT INTO setting (name, setting_value) VALUES (?, '1') ON CONFLICT (name) DO UPDATE SET setting_value = "
                + "CAST(CAST(setting.setting_value AS BIGINT) + 1 AS VARCHAR) RETURNING setting_value";
    }

    /**
     * Statements run first in a story's write transaction, bound to the story id: on PostgreSQL, a
     * lock that makes two processes writing one story take turns (the second then replaces the
     * first's version instead of failing on its key), and the notice other processes listen for,
     * sent when the transaction commits. None on H2, which one process owns.
     */
    List<String> storyWriteStatements() {
        return this == H2 ? List.of()
                : List.of("SELECT pg_advisory_xact_lock(hashtext(?))", "SELECT pg_notify('" + CHANGES_CHANNEL + "', ?)");
    }
}
