package org.storybot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bot processes running on the library (table {@code bot_process}): each one's heartbeat,
 * stamped with the store's clock, so that {@code storybot status} on another machine judges every
 * heartbeat's age by one clock. A process that stopped without closing stays on the list, shown
 * stale, for {@value #FORGET_AFTER_DAYS} days. Thread-safe.
 */
public final class BotProcesses {

    /**
     * How long the row of a process that stopped without closing (killed, its machine gone) is
     * kept: {@code status} shows it as stale meanwhile, so an operator sees that it died.
     */
    static final int FORGET_AFTER_DAYS = 7;
    private static final String COLUMNS = "id, host, pid, started_at, shards, total_shards, fingerprint, every_seconds, "
            + "heartbeat_at";

    private final Database database;

    public BotProcesses(Database database) {
        this.database = database;
    }

    /** Writes the process's heartbeat: its row, created the first time, with the time now. One writer per process id. */
    public void beat(BotProcess process) {
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE bot_process SET shards = ?, total_shards = ?, "
                    + "fingerprint = ?, every_seconds = ?, heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                update.setString(1, shards(process.shards()));
                update.setInt(2, process.totalShards());
                update.setString(3, process.fingerprint());
                update.setInt(4, (int) process.every().toSeconds());
                update.setString(5, process.id());
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            // a process's first heartbeat: the rows of processes long dead go as it joins
            try (PreparedStatement forget = c.prepareStatement("DELETE FROM bot_process WHERE heartbeat_at < CURRENT_TIMESTAMP - "
                    + "INTERVAL '" + FORGET_AFTER_DAYS + "' DAY")) {
                forget.executeUpdate();
            }
            insert(c, process);
            return null;
        });
    }

    private static void insert(Connection c, BotProcess process) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bot_process (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, process.id());
            insert.setString(2, process.host());
            insert.setLong(3, process.pid());
            insert.setObject(4, OffsetDateTime.ofInstant(process.startedAt(), ZoneOffset.UTC));
            insert.setString(5, shards(process.shards()));
            insert.setInt(6, process.totalShards());
            insert.setString(7, process.fingerprint());
            insert.setInt(8, (int) process.every().toSeconds());
            insert.executeUpdate();
        }
    }

    /** Takes the process off the list: it is closing cleanly. */
    public void remove(String processId) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM bot_process WHERE id = ?")) {
                delete.setString(1, processId);
                return delete.executeUpdate();
            }
        });
    }

    /** Every process on the list, oldest first, with its heartbeat's age by the store's clock now. */
    public List<BotProcess.Seen> list() {
        return database.query(c -> {
            List<BotProcess.Seen> seen = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", CURRENT_TIMESTAMP FROM bot_process "
                    + "ORDER BY started_at, id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BotProcess process = new BotProcess(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), shards(rs.getString(5)), rs.getInt(6),
                            rs.getString(7), Duration.ofSeconds(rs.getInt(8)));
                    OffsetDateTime beat = rs.getObject(9, OffsetDateTime.class);
                    OffsetDateTime now = rs.getObject(10, OffsetDateTime.class);
                    Duration age = Duration.between(beat, now);
                    seen.add(new BotProcess.Seen(process, beat.toInstant(), age.isNegative() ? Duration.ZERO : age));
                }
            }
            return seen;
        });
    }

    private static String shards(List<Integer> shards) {
        return shards.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> shards(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
