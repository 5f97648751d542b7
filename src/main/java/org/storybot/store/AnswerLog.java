package org.storybot.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.story.Text;

/**
 * The record of replies and of the feedback on them, in H2. Conversations are read back from it:
 * a conversation's history is its latest replies. User ids are stored only as salted hashes; the
 * salt is made once per library and never leaves it.
 *
 * <p>A reply gets its id at once and is written by a background thread, many to a commit: a reply
 * never waits for the disk, and askers in parallel do not queue for it. Every read and vote waits
 * for the writes queued before it, so a follow-up always sees the turn before. Replies still
 * queued when the process is killed are lost; the stories never are. One instance writes to a
 * library (it numbers the replies); close it before the library. Thread-safe.
 */
public final class AnswerLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerLog.class);
    private static final String SALT = "answers.user-salt";
    private static final int MAX_QUESTION = 2000;
    private static final int MAX_QUEUED = 10_000;
    private static final int MAX_BATCH = 256;

    private final Database database;
    private final String salt;
    private final AtomicLong lastId;
    private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(MAX_QUEUED);
    private final Thread writer;
    /** Replies handed to {@link #record} and replies written (or given up on); guarded by {@code this}. */
    private long handed;
    private long done;
    private volatile boolean closed;

    public AnswerLog(Database database) {
        this.database = database;
        this.salt = database.setting(SALT).orElseGet(() -> {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String fresh = HexFormat.of().formatHex(bytes);
            database.putSetting(SALT, fresh);
            return fresh;
        });
        this.lastId = new AtomicLong(database.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM answer");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        this.writer = new Thread(this::writeQueued, "answer-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private record Queued(long id, AnswerRecord reply) {
    }

    /** Queued by {@link #close}: the writer stops when it reaches it. */
    private static final Queued STOP = new Queued(0, null);

    /** The salted hash under which a user's replies and votes are kept; null for no user. */
    public String hashUser(String userId) {
        return userId == null || userId.isBlank() ? null : Text.sha256(salt + ":" + userId);
    }

    /** Queues a reply to be stored and returns its id. */
    public long record(AnswerRecord r) {
        if (closed) {
            throw new StoreException("the answer log is closed");
        }
        long id = lastId.incrementAndGet();
        synchronized (this) {
            handed++;
        }
        try {
            queue.put(new Queued(id, r));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (this) {
                done++;
                notifyAll();
            }
            throw new StoreException("interrupted while recording a reply", e);
        }
        return id;
    }

    /** The writer thread: takes what is queued and writes it in one transaction, until closed. */
    private void writeQueued() {
        List<Queued> batch = new ArrayList<>(MAX_BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                log.warn("the answer log writer was interrupted; {} replies not recorded", queue.size());
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.remove(STOP);
            if (batch.isEmpty()) {
                continue;
            }
            try {
                insert(batch);
            } catch (RuntimeException e) {
                // One reply the store refuses must not take its neighbours with it: write them one by one.
                for (Queued one : batch) {
                    try {
                        insert(List.of(one));
                    } catch (RuntimeException refused) {
                        log.warn("could not record reply {}: {}", one.id(), refused.getMessage());
                    }
                }
            }
            synchronized (this) {
                done += batch.size();
                notifyAll();
            }
            batch.clear();
        }
    }

    private void insert(List<Queued> batch) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (id, conversation_id, question, "
                    + "standalone_question, outcome, answer_text, citations, story_id, latency_ms, channel, user_hash, "
                    + "created_at, short_answer, short_answer_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Queued q : batch) {
                    AnswerRecord r = q.reply();
                    s.setLong(1, q.id());
                    s.setString(2, r.conversationId());
                    s.setString(3, clip(r.question()));
                    s.setString(4, r.standaloneQuestion() == null ? null : clip(r.standaloneQuestion()));
                    s.setString(5, r.outcome());
                    s.setString(6, r.answerText());
                    s.setString(7, r.citationsJson());
                    s.setString(8, r.storyId());
                    s.setDouble(9, r.latencyMs());
                    s.setString(10, r.channel());
                    s.setString(11, r.userHash());
                    s.setObject(12, r.createdAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : r.createdAt());
                    s.setString(13, r.shortAnswer() == null ? null : clip(r.shortAnswer()));
                    s.setString(14, r.shortAnswerKind());
                    s.addBatch();
                }
                return s.executeBatch();
            }
        });
    }

    /** Waits until every reply handed over so far is written. */
    private synchronized void awaitWrites() {
        long target = handed;
        while (done < target) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes what is queued and stops the writer; the library can then be closed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            queue.put(STOP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    private static String clip(String s) {
        return s.length() <= MAX_QUESTION ? s : s.substring(0, MAX_QUESTION - 1) + "…";
    }
}
