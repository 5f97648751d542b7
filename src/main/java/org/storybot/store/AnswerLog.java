package org.storybot.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.storybot.story.Text;

/**
 * The record of replies and of the feedback on them, in the store. Conversations are read back from
 * it: a conversation's history is its latest replies, whichever process gave them when several share
 * a PostgreSQL library. User ids are stored only as salted hashes; the salt is made once per library
 * and never leaves it.
 *
 * <p>A reply gets its id at once and is written by a background thread ({@link AnswerWriter}), many
 * to a commit: a reply never waits for the disk, and askers in parallel do not queue for it. Every
 * read and vote waits for the writes queued before it, so a follow-up sees the turn before; a
 * writer that is stuck makes them wait five seconds at most, never for ever. Replies still queued
 * when the process is killed are lost; the stories never are. While a store server is away, replies
 * wait in the queue and are written when it is back; a conversation's history is then read from
 * the replies still queued. One instance per process; close it before the library. Thread-safe.
 */
public final class AnswerLog implements AutoCloseable {

    private static final String SALT = "answers.user-salt";
    private static final String PROCESSES = "answers.processes";
    /** How long a read waits for the replies before it to be written (see {@link AnswerWriter}). */
    private static final Duration WRITE_WAIT = Duration.ofSeconds(5);

    private final Database database;
    private final String salt;
    private final AnswerIds ids;
    private final AnswerWriter writer;
    private volatile boolean closed;

    public AnswerLog(Database database) {
        this(database, WRITE_WAIT);
    }

    /** @param writeWait the longest a read waits for earlier replies to be written */
    AnswerLog(Database database, Duration writeWait) {
        this.database = database;
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        this.salt = database.settingIfAbsent(SALT, HexFormat.of().formatHex(bytes));
        this.ids = database.dialect() == Dialect.H2 ? AnswerIds.after(highestId(database))
                : AnswerIds.timeOrdered(processNumber(database));
        this.writer = new AnswerWriter(database, writeWait);
    }

    private static long highestId(Database database) {
        return database.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM answer");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** This process's number among those that have written the library, counted by the store. */
    private static long processNumber(Database database) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(database.dialect().countUpSetting())) {
                s.setString(1, PROCESSES);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Long.parseLong(rs.getString(1));
                }
            }
        });
    }

    /** The salted hash under which a user's replies and votes are kept; null for no user. */
    public String hashUser(String userId) {
        return userId == null || userId.isBlank() ? null : Text.sha256(salt + ":" + userId);
    }

    /**
     * Queues a reply to be stored and returns its id; a {@link StoreException} if it cannot be
     * (closed, or the writer far behind: see {@link AnswerWriter}). Never waits for the disk.
     */
    public long record(AnswerRecord r) {
        if (closed) {
            throw new StoreException("the answer log is closed");
        }
        long id = ids.next();
        writer.queue(id, r.withId(id));
        return id;
    }

    /** Waits, for a bounded time, until the replies handed over so far are written. */
    private void awaitWrites() {
        writer.awaitWrites();
    }

    /** Writes what is queued and stops the writer; the library can then be closed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
    }

    /** The last {@code turns} replies of a conversation, oldest first. */
    public List<AnswerRecord> history(String conversationId, int turns) {
        if (conversationId == null || turns <= 0) {
            return List.of();
        }
        List<AnswerRecord> latest;
        try {
            latest = select("WHERE conversation_id = ? ORDER BY id DESC LIMIT ?", conversationId, turns);
        } catch (StoreUnavailableException away) {
            latest = writer.unwritten(r -> conversationId.equals(r.conversationId()), turns);
        }
        List<AnswerRecord> ordered = new ArrayList<>(latest);
        Collections.reverse(ordered);
        return ordered;
    }

    public Optional<AnswerRecord> find(long id) {
        try {
            return select("WHERE id = ?", id).stream().findFirst();
        } catch (StoreUnavailableException away) {
            return writer.unwritten(r -> r.id() == id, 1).stream().findFirst();
        }
    }

    /** Records a vote (+1 or -1) by one user on one answer; false when there is no such answer. */
    public boolean vote(long answerId, String userId, int vote) {
        if (vote != 1 && vote != -1) {
            throw new IllegalArgumentException("a vote is +1 or -1");
        }
        awaitWrites();
        String user = hashUser(userId == null ? "anonymous" : userId);
        return database.inTransaction(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM answer WHERE id = ?")) {
                exists.setLong(1, answerId);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(database.dialect().upsert("feedback",
                    List.of("answer_id", "user_hash", "vote", "created_at"), List.of("answer_id", "user_hash")))) {
                s.setLong(1, answerId);
                s.setString(2, user);
                s.setInt(3, vote);
                s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                s.executeUpdate();
                return true;
            }
        });
    }

    /** Counts of answers by outcome and of votes up and down. */
    public record Totals(int answered, int abstained, int rejected, int up, int down) {
    }

    public Totals totals() {
        awaitWrites();
        return database.query(c -> {
            int answered = 0;
            int abstained = 0;
            int rejected = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT outcome, COUNT(*) FROM answer GROUP BY outcome");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "answered" -> answered = rs.getInt(2);
                        case "abstained" -> abstained = rs.getInt(2);
                        case "rejected" -> rejected = rs.getInt(2);
                        default -> { }
                    }
                }
            }
            int up;
            int down;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COALESCE(SUM(CASE WHEN vote > 0 THEN 1 ELSE 0 END), 0), "
                            + "COALESCE(SUM(CASE WHEN vote < 0 THEN 1 ELSE 0 END), 0) FROM feedback");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                up = rs.getInt(1);
                down = rs.getInt(2);
            }
            return new Totals(answered, abstained, rejected, up, down);
        });
    }

    /** The latest answers with at least one 👎, newest first. */
    public List<AnswerRecord> latestDownvoted(int limit) {
        return select("WHERE id IN (SELECT answer_id FROM feedback WHERE vote < 0) ORDER BY id DESC LIMIT ?", limit);
    }

    private List<AnswerRecord> select(String where, Object... params) {
        awaitWrites();
        return database.query(c -> {
            List<AnswerRecord> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, conversation_id, question, standalone_question, outcome, "
                    + "answer_text, citations, story_id, latency_ms, channel, user_hash, created_at, short_answer, short_answer_kind FROM answer " + where)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new AnswerRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(13), rs.getString(14), rs.getString(7), rs.getString(8), rs.getDouble(9),
                                rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class)));
                    }
                }
            }
            return rows;
        });
    }
}
