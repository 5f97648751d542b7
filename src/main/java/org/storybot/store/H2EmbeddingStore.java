package org.storybot.store;

import static dev.langchain4j.internal.ValidationUtils.ensureNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.RelevanceScore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * LangChain4j's {@link EmbeddingStore} over H2: rows are persisted in the {@code embedding} table
 * (vectors as little-endian float32) and searched in memory, from an index loaded once at open.
 * Scores are LangChain4j relevance scores, {@code (cosine + 1) / 2}. Thread-safe.
 *
 * <p>Story paragraphs are rows of this store tagged with their story, written inside the story's
 * transaction by {@link Library}; see {@link #insert(Connection, List)} and {@link #publishStory}.
 */
public final class H2EmbeddingStore implements EmbeddingStore<TextSegment> {

    /** Rows beyond those asked for that are rescored exactly, as the approximate order may differ a little. */
    private static final int RESCORE_EXTRA = 10;
    /** How far an approximate cosine can be from the exact one (one byte per dimension). */
    private static final double QUANTISATION_SLACK = 0.02;

    /** Metadata key under which story rows carry their story id. */
    public static final String STORY_KEY = "story_id";

    private final Database database;
    private final MetadataCodec codec;
    private final VectorIndex index = new VectorIndex();

    /** A row to persist; {@code storyId} is null for rows that belong to no story. */
    public record Entry(String id, String storyId, float[] vector, TextSegment segment) {
    }

    public H2EmbeddingStore(Database database, ObjectMapper json) {
        this.database = database;
        this.codec = new MetadataCodec(json);
        load();
    }

    /** Fills the in-memory index story by story, so only one story's float vectors are in memory at a time. */
    private void load() {
        List<VectorIndex.Row> rowsWithoutStory = new ArrayList<>();
        database.query(c -> {
            List<VectorIndex.Row> story = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, story_id, vector, metadata FROM embedding ORDER BY story_id, id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String storyId = rs.getString(2);
                    VectorIndex.Row row = new VectorIndex.Row(rs.getString(1), storyId, Vectors.fromBytes(rs.getBytes(3)),
                            codec.decode(rs.getString(4)));
                    if (storyId == null) {
                        rowsWithoutStory.add(row);
                        continue;
                    }
                    if (!story.isEmpty() && !story.get(0).storyId().equals(storyId)) {
                        index.load(story);
                        story.clear();
                    }
                    story.add(row);
                }
            }
            if (!story.isEmpty()) {
                index.load(story);
            }
            return null;
        });
        index.finishLoad();
        index.add(rowsWithoutStory);
    }

    @Override
    public String add(Embedding embedding) {
        String id = UUID.randomUUID().toString();
        add(id, embedding);
        return id;
    }

    @Override
    public void add(String id, Embedding embedding) {
        addAll(List.of(id), List.of(embedding), null);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = UUID.randomUUID().toString();
        addAll(List.of(id), List.of(embedding), List.of(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> ids = generateIds(embeddings.size());
        addAll(ids, embeddings, null);
        return ids;
    }

    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        ensureNotNull(ids, "ids");
        ensureNotNull(embeddings, "embeddings");
        if (ids.size() != embeddings.size() || (segments != null && segments.size() != embeddings.size())) {
            throw new IllegalArgumentException("ids, embeddings and embedded must have the same size");
        }
        List<Entry> entries = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ensureNotNull(ids.get(i), "id");
            float[] vector = ensureNotNull(embeddings.get(i), "embedding").vector();
            entries.add(new Entry(id, null, vector, segments == null ? null : segments.get(i)));
        }
        if (entries.isEmpty()) {
            return;
        }
        database.inTransaction(c -> {
            insert(c, entries);
            return null;
        });
        index.add(entries.stream().map(this::row).toList());
    }

    @Override
    public void removeAll(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("ids cannot be null or empty");
        }
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM embedding WHERE id = ?")) {
                for (String id : ids) {
                    s.setString(1, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
        index.removeIds(ids);
    }

    @Override
    public void removeAll(Filter filter) {
        ensureNotNull(filter, "filter");
        // The in-memory copy holds every row's metadata, so it can tell which rows match.
        List<String> ids = index.ids(filter);
        if (!ids.isEmpty()) {
            removeAll(ids);
        }
    }

    @Override
    public void removeAll() {
        database.inTransaction(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM embedding");
            }
        });
        index.clear();
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        ensureNotNull(request, "request");
        Filter filter = request.filter();
        String storyId = null;
        if (filter instanceof IsEqualTo eq && STORY_KEY.equals(eq.key()) && eq.comparisonValue() instanceof String s) {
            storyId = s; // served from the story's own segment, without testing every row
            filter = null;
        }
        double minCosine = request.minScore() * 2 - 1;
        // The in-memory index is approximate: take a few more rows than asked, then rescore them exactly.
        int wanted = request.maxResults();
        List<VectorIndex.Hit> hits = index.search(request.queryEmbedding().vector(), wanted + RESCORE_EXTRA + wanted / 2,
                minCosine - QUANTISATION_SLACK, storyId, filter);
        Map<String, StoredRow> stored = fetch(hits.stream().map(VectorIndex.Hit::id).toList());
        float[] query = Vectors.normalized(request.queryEmbedding().vector());
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(hits.size());
        for (VectorIndex.Hit hit : hits) {
            StoredRow row = stored.get(hit.id());
            if (row == null) {
                continue; // removed between the search and the read
            }
            double cosine = Vectors.dot(query, Vectors.normalized(row.vector));
            if (cosine < minCosine) {
                continue;
            }
            TextSegment segment = row.text == null ? null : TextSegment.from(row.text, hit.metadata().copy());
            matches.add(new EmbeddingMatch<>(RelevanceScore.fromCosineSimilarity(cosine), hit.id(),
                    Embedding.from(row.vector), segment));
        }
        matches.sort(Comparator.comparingDouble((EmbeddingMatch<TextSegment> m) -> m.score()).reversed());
        return new EmbeddingSearchResult<>(matches.size() > wanted ? new ArrayList<>(matches.subList(0, wanted)) : matches);
    }

    /** Stops the in-memory index's scanning threads; the store is not searched after this. */
    void closeIndex() {
        index.close();
    }

    /** Cosine similarities of the paragraphs of one story, or of all stories when {@code storyId} is null. */
    List<VectorIndex.Hit> searchStories(float[] query, int k, String storyId) {
        return index.searchStories(query, k, storyId);
    }

    public int size() {
        return index.size();
    }

    /** Writes rows inside the caller's transaction; memory is updated by {@link #publishStory} after commit. */
    void insert(Connection c, List<Entry> entries) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "MERGE INTO embedding (id, story_id, vector, text, metadata) KEY (id) VALUES (?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                s.setString(1, e.id());
                s.setString(2, e.storyId());
                s.setBytes(3, Vectors.toBytes(e.vector()));
                s.setString(4, e.segment() == null ? null : e.segment().text());
                s.setString(5, e.segment() == null ? null : codec.encode(e.segment().metadata()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Makes a committed story's rows (or its removal, with no entries) visible to searches. */
    void publishStory(String storyId, List<Entry> entries) {
        index.removeStory(storyId);
        index.add(entries.stream().map(this::row).toList());
    }

    private VectorIndex.Row row(Entry e) {
        Metadata metadata = e.segment() == null ? new Metadata() : e.segment().metadata().copy();
        return new VectorIndex.Row(e.id(), e.storyId(), e.vector(), metadata);
    }

    private record StoredRow(String text, float[] vector) {
    }

    private Map<String, StoredRow> fetch(List<String> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyMap();
        }
        return database.query(c -> {
            Map<String, StoredRow> rows = new HashMap<>();
            String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT id, text, vector FROM embedding WHERE id IN (" + placeholders + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setString(i + 1, ids.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), new StoredRow(rs.getString(2), Vectors.fromBytes(rs.getBytes(3))));
                    }
                }
            }
            return rows;
        });
    }
}
