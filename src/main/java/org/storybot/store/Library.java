package org.storybot.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.story.Text;

/**
 * The story library: stories, paragraphs and sentences in H2, paragraph vectors in the
 * {@link H2EmbeddingStore}, words in the {@link LexicalIndex}. Each story is written in one H2
 * transaction; its new version becomes visible to readers in one step, under a short write lock, so
 * a reader inside {@link #read} never sees half of a replaced story. Thread-safe.
 */
public final class Library implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Library.class);
    private static final int CACHED_PARAGRAPHS = 2048;

    /** What saving a story did. */
    public enum SaveOutcome { ADDED, REPLACED, UNCHANGED }

    /** A paragraph and the cosine similarity of its vector to a query. */
    public record DenseHit(ParagraphKey key, double cosine) {
    }

    private final Database database;
    private final H2EmbeddingStore embeddings;
    private final LexicalIndex lexical;
    private final ReadWriteLock visibility = new ReentrantReadWriteLock();
    private final Object writers = new Object();
    /** Paragraphs read recently for retrieval; a story's entries go when it is written or removed. */
    private final Map<ParagraphKey, StoredParagraph> recentParagraphs = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ParagraphKey, StoredParagraph> eldest) {
            return size() > CACHED_PARAGRAPHS;
        }
    };

    Library(Database database, H2EmbeddingStore embeddings, LexicalIndex lexical) {
        this.database = database;
        this.embeddings = embeddings;
        this.lexical = lexical;
    }

    /** Opens (creating if needed) the library in {@code dataDir}, repairing the word index if it is stale. */
    public static Library open(Path dataDir, ObjectMapper json) {
        Database database = Database.open(dataDir);
        try {
            H2EmbeddingStore embeddings = new H2EmbeddingStore(database, json);
            LexicalIndex lexical = LexicalIndex.open(dataDir.resolve("lucene"));
            Library library = new Library(database, embeddings, lexical);
            library.repairLexicalIndex();
            return library;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void repairLexicalIndex() {
        String expected = fingerprint();
        if (!expected.equals(lexical.fingerprint())) {
            log.info("rebuilding the word index from the store");
            rebuildLexicalIndex(expected);
        }
    }

    private void rebuildLexicalIndex(String fingerprint) {
        List<Story> stories = new ArrayList<>();
        for (StoryInfo info : stories()) {
            story(info.id()).ifPresent(stories::add);
        }
        lexical.rebuild(stories, fingerprint);
    }

    public H2EmbeddingStore embeddingStore() {
        return embeddings;
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    /** Runs {@code reads} against one consistent version of the library. */
    public <T> T read(Supplier<T> reads) {
        visibility.readLock().lock();
        try {
            return reads.get();
        } finally {
            visibility.readLock().unlock();
        }
    }

    public SaveOutcome save(Story story, StoryVectors vectors) {
        vectors.checkFits(story);
        synchronized (writers) {
            Optional<String> existing = contentHash(story.id());
            if (existing.isPresent() && existing.get().equals(story.contentHash())) {
                return SaveOutcome.UNCHANGED;
            }
            List<H2EmbeddingStore.Entry> entries = paragraphEntries(story, vectors);
            write(story.id(), c -> {
                delete(c, story.id());
                insert(c, story, vectors);
                embeddings.insert(c, entries);
            }, story, entries);
            return existing.isPresent() ? SaveOutcome.REPLACED : SaveOutcome.ADDED;
        }
    }

    public boolean remove(String storyId) {
        synchronized (writers) {
            if (contentHash(storyId).isEmpty()) {
                return false;
            }
            write(storyId, c -> delete(c, storyId), null, List.of());
            return true;
        }
    }

    private interface Change {
        void apply(Connection c) throws SQLException;
    }

    /** Applies a change in one transaction, then publishes it to the indexes in one visible step. */
    private void write(String storyId, Change change, Story story, List<H2EmbeddingStore.Entry> entries) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                change.apply(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            visibility.writeLock().lock();
            try {
                c.commit();
                synchronized (recentParagraphs) {
                    recentParagraphs.keySet().removeIf(k -> k.storyId().equals(storyId));
                }
                embeddings.publishStory(storyId, entries);
                String fingerprint = fingerprint();
                try {
                    lexical.replaceStory(storyId, story, fingerprint);
                } catch (RuntimeException e) {
                    log.warn("word index update failed ({}); rebuilding it from the store", e.toString());
                    rebuildLexicalIndex(fingerprint);
                }
            } finally {
                visibility.writeLock().unlock();
            }
        } catch (SQLException e) {
            throw new StoreException("could not save story " + storyId + ": " + e.getMessage(), e);
        }
    }

    private static List<H2EmbeddingStore.Entry> paragraphEntries(Story story, StoryVectors vectors) {
        List<H2EmbeddingStore.Entry> entries = new ArrayList<>();
        for (Paragraph p : story.paragraphs()) {
            Metadata metadata = new Metadata()
                    .put(H2EmbeddingStore.STORY_KEY, story.id())
                    .put("title", story.title())
                    .put("paragraph", p.number());
            ParagraphKey key = new ParagraphKey(story.id(), p.number());
            entries.add(new H2EmbeddingStore.Entry(key.embeddingId(), story.id(), vectors.paragraphs().get(p.number() - 1),
                    TextSegment.from(p.text(), metadata)));
        }
        return entries;
    }

    private static void delete(Connection c, String storyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM story WHERE id = ?")) {
            s.setString(1, storyId);
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, Story story, StoryVectors vectors) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO story (id, title, published, authors, source, url, "
                + "content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, story.id());
            s.setString(2, story.title());
            s.setString(3, story.date());
            s.setString(4, story.authors());
            s.setString(5, story.source());
            s.setString(6, story.url());
            s.setString(7, story.contentHash());
            s.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO paragraph (story_id, number, section, text) VALUES (?, ?, ?, ?)");
                PreparedStatement ss = c.prepareStatement("INSERT INTO sentence (story_id, paragraph_number, number, "
                        + "start_offset, end_offset, embedding) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Paragraph p : story.paragraphs()) {
                ps.setString(1, story.id());
                ps.setInt(2, p.number());
                ps.setString(3, p.section());
                ps.setString(4, p.text());
                ps.addBatch();
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

    /** A digest of every story id and content hash: what the word index must have been built from. */
    String fingerprint() {
        return database.query(c -> {
            StringBuilder all = new StringBuilder();
            int stories = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT id, content_hash FROM story ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    all.append(rs.getString(1)).append('=').append(rs.getString(2)).append('\n');
                    stories++;
                }
            }
            return stories == 0 ? "" : Text.sha256(all.toString());
        });
    }

    public List<StoryInfo> stories() {
        return database.query(c -> {
            List<StoryInfo> stories = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(STORY_INFO + " GROUP BY s.id ORDER BY s.published, s.title, s.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stories.add(storyInfo(rs));
                }
            }
            return stories;
        });
    }

    public Optional<StoryInfo> info(String storyId) {
        return database.query(c -> {
            try (PreparedStatement s = c.prepareStatement(STORY_INFO + " WHERE s.id = ? GROUP BY s.id")) {
                s.setString(1, storyId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(storyInfo(rs)) : Optional.empty();
                }
            }
        });
    }

    private static final String STORY_INFO = "SELECT s.id, s.title, s.published, s.authors, s.source, s.url, "
            + "COUNT(p.number), s.content_hash, s.ingested_at FROM story s "
            + "LEFT JOIN paragraph p ON p.story_id = s.id";

    private static StoryInfo storyInfo(ResultSet rs) throws SQLException {
        return new StoryInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class));
    }

    /** The whole story as stored, sentences included. */
    public Optional<Story> story(String storyId) {
        Optional<StoryInfo> info = info(storyId);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        StoryInfo i = info.get();
        Map<Integer, StoredParagraph> paragraphs = database.query(c -> readParagraphs(c, storyId));
        List<Paragraph> list = new ArrayList<>();
        for (StoredParagraph p : paragraphs.values()) {
            List<Sentence> sentences = p.sentences().stream()
                    .map(s -> new Sentence(s.index(), s.start(), s.end(), s.text())).toList();
            list.add(new Paragraph(p.number(), p.section(), p.text(), sentences));
        }
        if (list.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Story(i.id(), i.title(), i.date(), i.authors(), i.source(), i.url(), list, i.contentHash()));
    }

    /** The whole story with sentences and vectors, read in one consistent step. */
    public Optional<StoredStory> storedStory(String storyId) {
        return read(() -> info(storyId).map(info -> new StoredStory(info,
                List.copyOf(database.query(c -> readParagraphs(c, storyId)).values()))));
    }

    /** The given paragraphs with their sentences and vectors; keys not in the library are left out. */
    public Map<ParagraphKey, StoredParagraph> paragraphs(Collection<ParagraphKey> keys) {
        if (keys.isEmpty()) {
            return Collections.emptyMap();
        }
        // Under the read lock, so nothing read from an older version of a story enters the cache.
        return read(() -> cachedParagraphs(keys));
    }

    private Map<ParagraphKey, StoredParagraph> cachedParagraphs(Collection<ParagraphKey> keys) {
        Map<ParagraphKey, StoredParagraph> found = new HashMap<>();
        List<ParagraphKey> missing = new ArrayList<>();
        synchronized (recentParagraphs) {
            for (ParagraphKey k : keys) {
                StoredParagraph cached = recentParagraphs.get(k);
                if (cached != null) {
                    found.put(k, cached);
                } else {
                    missing.add(k);
                }
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        Map<ParagraphKey, StoredParagraph> read = new HashMap<>();
        database.query(c -> readParagraphs(c, missing)).forEach(p -> read.put(p.key(), p));
        synchronized (recentParagraphs) {
            recentParagraphs.putAll(read);
        }
        found.putAll(read);
        return found;
    }

    /** Every paragraph of one story, in order. */
    private static Map<Integer, StoredParagraph> readParagraphs(Connection c, String storyId) throws SQLException {
        List<ParagraphKey> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number FROM paragraph WHERE story_id = ? ORDER BY number")) {
            s.setString(1, storyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new ParagraphKey(storyId, rs.getInt(1)));
                }
            }
        }
        Map<Integer, StoredParagraph> byNumber = new LinkedHashMap<>();
        for (StoredParagraph p : readParagraphs(c, keys)) {
            byNumber.put(p.number(), p);
        }
        return byNumber;
    }

    /**
     * The given paragraphs (with their story's title and their vector) and their sentences: two
     * queries however many stories they come from, each a join that looks the keys up in the
     * primary-key indexes.
     */
    private static List<StoredParagraph> readParagraphs(Connection c, Collection<ParagraphKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        String[] storyIds = keys.stream().map(ParagraphKey::storyId).toArray(String[]::new);
        Integer[] numbers = keys.stream().map(ParagraphKey::number).toArray(Integer[]::new);
        String wanted = "UNNEST(CAST(? AS VARCHAR ARRAY), CAST(? AS INT ARRAY)) AS k(story_id, number)";
        record Row(String storyId, int number, String section, String text, String title, float[] vector) {
        }
        Map<ParagraphKey, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.story_id, p.number, p.section, p.text, s.title, e.vector "
                + "FROM " + wanted + " JOIN paragraph p ON p.story_id = k.story_id AND p.number = k.number "
                + "JOIN story s ON s.id = p.story_id LEFT JOIN embedding e ON e.id = CONCAT(p.story_id, '#', p.number) "
                + "ORDER BY p.story_id, p.number")) {
            s.setObject(1, storyIds);
            s.setObject(2, numbers);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byte[] vector = rs.getBytes(6);
                    Row row = new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            vector == null ? null : Vectors.normalized(Vectors.fromBytes(vector)));
                    rows.put(new ParagraphKey(row.storyId(), row.number()), row);
                }
            }
        }
        Map<ParagraphKey, List<StoredParagraph.StoredSentence>> sentences = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.story_id, t.paragraph_number, t.number, t.start_offset, "
                + "t.end_offset, t.embedding FROM " + wanted + " JOIN sentence t "
                + "ON t.story_id = k.story_id AND t.paragraph_number = k.number "
                + "ORDER BY t.story_id, t.paragraph_number, t.number")) {
            s.setObject(1, storyIds);
            s.setObject(2, numbers);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ParagraphKey key = new ParagraphKey(rs.getString(1), rs.getInt(2));
                    Row paragraph = rows.get(key);
                    if (paragraph == null) {
                        continue;
                    }
                    int start = rs.getInt(4);
                    int end = rs.getInt(5);
                    sentences.computeIfAbsent(key, k -> new ArrayList<>()).add(new StoredParagraph.StoredSentence(
                            rs.getInt(3), start, end, paragraph.text().substring(start, end),
                            Vectors.normalized(Vectors.fromBytes(rs.getBytes(6)))));
                }
            }
        }
        List<StoredParagraph> result = new ArrayList<>(rows.size());
        for (Map.Entry<ParagraphKey, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            result.add(new StoredParagraph(r.storyId(), r.title(), r.number(), r.section(), r.text(), r.vector(),
                    sentences.getOrDefault(e.getKey(), List.of())));
        }
        return result;
    }

    /** Paragraphs by cosine similarity of their vectors to {@code query}, in one story or all. */
    public List<DenseHit> denseParagraphs(float[] query, int k, String storyId) {
        List<DenseHit> hits = new ArrayList<>();
        for (VectorIndex.Hit hit : embeddings.searchStories(query, k, storyId)) {
            Integer paragraph = hit.metadata().getInteger("paragraph");
            if (hit.storyId() != null && paragraph != null) {
                hits.add(new DenseHit(new ParagraphKey(hit.storyId(), paragraph), hit.cosine()));
            }
        }
        return hits;
    }

    public int paragraphCount() {
        return database.query(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM paragraph")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        visibility.writeLock().lock();
        try {
            embeddings.closeIndex();
            lexical.close();
        } finally {
            visibility.writeLock().unlock();
            database.close();
        }
    }
}
