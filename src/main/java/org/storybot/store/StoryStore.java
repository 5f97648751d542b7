package org.storybot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.story.Text;

/**
 * Stories, their paragraphs and sentences, and the vectors of both (little-endian float32 bytes),
 * in the database. The store is the source of truth and knows no index: writing a story is a
 * {@link PendingWrite} that the caller commits when it is ready to show the new version. Thread-safe.
 */
public final class StoryStore {

    private final Database database;

    public StoryStore(Database database) {
        this.database = database;
    }

    /**
     * A story's change, written inside an open transaction: nothing of it is visible until
     * {@link #commit()}; closing it uncommitted rolls it back.
     */
    public static final class PendingWrite implements AutoCloseable {
        private final Connection connection;
        private boolean done;

        private PendingWrite(Connection connection) {
            this.connection = connection;
        }

        public void commit() {
            try {
                connection.commit();
                done = true;
            } catch (SQLException e) {
                throw new StoreException("could not commit: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (connection) {
                if (!done) {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new StoreException("could not finish a write: " + e.getMessage(), e);
            }
        }
    }

    /** Writes {@code story} in place of any story with its id, uncommitted. */
    public PendingWrite prepareSave(Story story, StoryVectors vectors) {
        vectors.checkFits(story);
        return prepare(story.id(), c -> {
            announce(c, story.id());
            delete(c, story.id());
            insert(c, story, vectors);
        });
    }

    /** Deletes the story (with its paragraphs, sentences and vectors), uncommitted. */
    public PendingWrite prepareRemove(String storyId) {
        return prepare(storyId, c -> {
            announce(c, storyId);
            delete(c, storyId);
        });
    }

    /** Whatever the dialect runs before a story's change: on a shared server, its lock and its notice to other processes. */
    private void announce(Connection c, String storyId) throws SQLException {
        for (String sql : database.dialect().storyWriteStatements()) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, storyId);
                s.execute();
            }
        }
    }

    private interface Change {
        void apply(Connection c) throws SQLException;
    }

    private PendingWrite prepare(String storyId, Change change) {
        Connection c = database.connection();
        try {
            c.setAutoCommit(false);
            change.apply(c);
            return new PendingWrite(c);
        } catch (SQLException | RuntimeException | Error e) {
            try (c) {
                c.rollback(); // the connection goes back to the pool with nothing half-done
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof Error error) {
                throw error;
            }
            if (e instanceof SQLException sql) {
                StoreException failure = database.failure(sql);
                throw failure instanceof StoreUnavailableException ? failure
                        : new StoreException("could not save story " + storyId + ": " + sql.getMessage(), sql);
            }
            throw e instanceof StoreException s ? s
                    : new StoreException("could not save story " + storyId + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Connection c, String storyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM story WHERE id = ?")) {
            s.setString(1, storyId);
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, Story story, StoryVectors vectors) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO story (id, title, published, authors, source, url, "
                + "language, lean, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, story.id());
            s.setString(2, story.title());
            s.setString(3, story.date());
            s.setString(4, story.authors());
            s.setString(5, story.source());
            s.setString(6, story.url());
            s.setString(7, story.language());
            s.setString(8, story.lean());
            s.setString(9, story.contentHash());
            s.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO paragraph (story_id, number, section, text) VALUES (?, ?, ?, ?)");
                PreparedStatement vs = c.prepareStatement("INSERT INTO embedding (id, story_id, vector) VALUES (?, ?, ?)");
                PreparedStatement ss = c.prepareStatement("INSERT INTO sentence (story_id, paragraph_number, number, "
                        + "start_offset, end_offset, embedding) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Paragraph p : story.paragraphs()) {
                ps.setString(1, story.id());
                ps.setInt(2, p.number());
                ps.setString(3, p.section());
                ps.setString(4, p.text());
                ps.addBatch();
                vs.setString(1, new ParagraphKey(story.id(), p.number()).embeddingId());
                vs.setString(2, story.id());
                vs.setBytes(3, Vectors.toBytes(vectors.paragraphs().get(p.number() - 1)));
                vs.addBatch();
                List<float[]> sentenceVectors = vectors.sentences().get(p.number() - 1);
                for (Sentence sentence : p.sentences()) {
                    ss.setString(1, story.id());
                    ss.setInt(2, p.number());
                    ss.setInt(3, sentence.index());
                    ss.setInt(4, sentence.start());
                    ss.setInt(5, sentence.end());
                    ss.setBytes(6, Vectors.toBytes(sentenceVectors.get(sentence.index() - 1)));
                    ss.addBatch();
                }
            }
            ps.executeBatch();
            vs.executeBatch();
            ss.executeBatch();
        }
    }

    public Optional<String> contentHash(String storyId) {
        return database.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content_hash FROM story WHERE id = ?")) {
                s.setString(1, storyId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** A digest of every story id and content hash: what an index must have been built from. */
    public String fingerprint() {
        return fingerprint(contentHashes());
    }

    /** Every story's content hash, by id. */
    public SortedMap<String, String> contentHashes() {
        return database.query(c -> {
            SortedMap<String, String> hashes = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, content_hash FROM story");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getString(1), rs.getString(2));
                }
            }
            return hashes;
        });
    }

    /**
     * The fingerprint of a library holding these stories (id to content hash), as {@link #fingerprint}
     * computes it: "" for none. Ordered in Java, so it is the same whatever the database's collation.
     */
    public static String fingerprint(SortedMap<String, String> contentHashes) {
        if (contentHashes.isEmpty()) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        contentHashes.forEach((id, hash) -> all.append(id).append('=').append(hash).append('\n'));
        return Text.sha256(all.toString());
    }

    public List<StoryInfo> stories() {
        return database.query(c -> {
            List<StoryInfo> stories = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(STORY_INFO + " GROUP BY s.id "
                    + "ORDER BY s.published NULLS FIRST, s.title, s.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stories.add(storyInfo(rs));
                }
            }
            return stories;
        });
    }

    public Optional<StoryInfo> info(String storyId) {
        return database.query(c -> info(c, storyId));
    }

    private static Optional<StoryInfo> info(Connection c, String storyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(STORY_INFO + " WHERE s.id = ? GROUP BY s.id")) {
            s.setString(1, storyId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(storyInfo(rs)) : Optional.empty();
            }
        }
    }

    private static final String STORY_INFO = "SELECT s.id, s.title, s.published, s.authors, s.source, s.url, "
            + "s.language, s.lean, COUNT(p.number), s.content_hash, s.ingested_at FROM story s "
            + "LEFT JOIN paragraph p ON p.story_id = s.id";

    private static StoryInfo storyInfo(ResultSet rs) throws SQLException {
        return new StoryInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                rs.getObject(11, OffsetDateTime.class));
    }

    /** The whole story as stored, with its sentences and vectors, read as one version; empty when there is no such story. */
    public Optional<StoredStory> storedStory(String storyId) {
        return database.inSnapshot(c -> {
            Optional<StoryInfo> info = info(c, storyId);
            if (info.isEmpty()) {
                return Optional.<StoredStory>empty();
            }
            return Optional.of(new StoredStory(info.get(), List.copyOf(ParagraphReads.ofStory(c, storyId).values())));
        });
    }

    public int paragraphCount() {
        return count("SELECT COUNT(*) FROM paragraph");
    }

    /** How many paragraph vectors the store holds (one per paragraph when it is whole). */
    public int vectorCount() {
        return count("SELECT COUNT(*) FROM embedding");
    }

    private int count(String sql) {
        return database.query(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
