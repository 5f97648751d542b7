package org.storybot.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.storybot.story.Text;

/**
 * The record of replies and of the feedback on them, in H2. Conversations are read back from it:
 * a conversation's history is its latest replies. User ids are stored only as salted hashes; the
 * salt is made once per library and never leaves it. Thread-safe.
 */
public final class AnswerLog {

    private static final String SALT = "answers.user-salt";
    private static final int MAX_QUESTION = 2000;

    private final Database database;
    private final String salt;

    public AnswerLog(Database database) {
        this.database = database;
        this.salt = database.setting(SALT).orElseGet(() -> {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String fresh = HexFormat.of().formatHex(bytes);
            database.putSetting(SALT, fresh);
            return fresh;
        });
    }

    /** The salted hash under which a user's replies and votes are kept; null for no user. */
    public String hashUser(String userId) {
        return userId == null || userId.isBlank() ? null : Text.sha256(salt + ":" + userId);
    }

    /** Stores a reply and returns its id. */
    public long record(AnswerRecord r) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (conversation_id, question, standalone_question, "
                    + "outcome, answer_text, citations, story_id, latency_ms, channel, user_hash, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, r.conversationId());
                s.setString(2, clip(r.question()));
                s.setString(3, r.standaloneQuestion() == null ? null : clip(r.standaloneQuestion()));
                s.setString(4, r.outcome());
                s.setString(5, r.answerText());
                s.setString(6, r.citationsJson());
                s.setString(7, r.storyId());
                s.setDouble(8, r.latencyMs());
                s.setString(9, r.channel());
                s.setString(10, r.userHash());
                s.setObject(11, r.createdAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : r.createdAt());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The last {@code turns} replies of a conversation, oldest first. */
    public List<AnswerRecord> history(String conversationId, int turns) {
        if (conversationId == null || turns <= 0) {
            return List.of();
        }
        List<AnswerRecord> latest = select("WHERE conversation_id = ? ORDER BY id DESC LIMIT ?", conversationId, turns);
        List<AnswerRecord> ordered = new ArrayList<>(latest);
        Collections.reverse(ordered);
        return ordered;
    }

    public Optional<AnswerRecord> find(long id) {
        return select("WHERE id = ?", id).stream().findFirst();
    }

    /** Records a vote (+1 or -1) by one user on one answer; false when there is no such answer. */
    public boolean vote(long answerId, String userId, int vote) {
        if (vote != 1 && vote != -1) {
            throw new IllegalArgumentException("a vote is +1 or -1");
        }
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
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO feedback (answer_id, user_hash, vote, created_at) KEY (answer_id, user_hash) VALUES (?, ?, ?, ?)")) {
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
        return database.query(c -> {
            List<AnswerRecord> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, conversation_id, question, standalone_question, outcome, "
                    + "answer_text, citations, story_id, latency_ms, channel, user_hash, created_at FROM answer " + where)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new AnswerRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9),
                                rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class)));
                    }
                }
            }
            return rows;
        });
    }

    private static String clip(String s) {
        return s.length() <= MAX_QUESTION ? s : s.substring(0, MAX_QUESTION - 1) + "…";
    }
}
