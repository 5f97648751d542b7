package org.storybot.store;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.store.embedding.filter.Filter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The in-memory side of the embedding store: unit vectors in flat float arrays, searched by brute
 * force. Rows are kept in immutable segments (one per story, or per batch for rows without a story),
 * so a search always sees a consistent snapshot and replacing a story never copies the others.
 * Reads are lock-free; writes are serialised.
 */
final class VectorIndex {

    /** A row to add: {@code vector} need not be normalised. */
    record Row(String id, String storyId, float[] vector, Metadata metadata) {
    }

    /** A search hit: cosine similarity of the unit vectors. */
    record Hit(String id, String storyId, double cosine, Metadata metadata) {
    }

    private static final int MAX_SMALL_SEGMENTS = 64;

    private volatile List<Segment> segments = List.of();
    private int dimension = -1;

    synchronized void add(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Row> latest = new LinkedHashMap<>();
        for (Row row : rows) {
            checkDimension(row.vector().length);
            latest.remove(row.id());
            latest.put(row.id(), row);
        }
        Set<String> ids = latest.keySet();
        List<Segment> next = new ArrayList<>(withoutIds(segments, ids));
        Map<String, List<Row>> byStory = new LinkedHashMap<>();
        for (Row row : latest.values()) {
            byStory.computeIfAbsent(row.storyId() == null ? "" : row.storyId(), k -> new ArrayList<>()).add(row);
        }
        byStory.values().forEach(group -> next.add(Segment.of(group, dimension)));
        segments = compact(next);
    }

    synchronized void removeIds(Collection<String> ids) {
        segments = withoutIds(segments, new HashSet<>(ids));
    }

    synchronized void removeStory(String storyId) {
        segments = segments.stream().filter(s -> !Objects.equals(s.storyId, storyId)).toList();
    }

    synchronized void clear() {
        segments = List.of();
    }

    /** Ids of the live rows whose metadata passes {@code filter}. */
    List<String> ids(Filter filter) {
        List<String> ids = new ArrayList<>();
        for (Segment segment : segments) {
            for (int i = 0; i < segment.size(); i++) {
                if (!segment.deleted.get(i) && filter.test(segment.metadata[i])) {
                    ids.add(segment.ids[i]);
                }
            }
        }
        return ids;
    }

    int dimension() {
        return dimension;
    }

    int size() {
        return segments.stream().mapToInt(Segment::live).sum();
    }

    /**
     * The {@code k} rows most similar to {@code query} whose cosine is at least {@code minCosine},
     * restricted to one story when {@code storyId} is set and to rows passing {@code filter} when set.
     */
    List<Hit> search(float[] query, int k, double minCosine, String storyId, Filter filter) {
        if (k <= 0) {
            return List.of();
        }
        List<Segment> snapshot = segments;
        if (!snapshot.isEmpty() && query.length != snapshot.get(0).dimension) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, the store holds "
                    + snapshot.get(0).dimension);
        }
        float[] q = Vectors.normalized(query);
        PriorityQueue<Candidate> top = new PriorityQueue<>(k + 1);
        for (Segment segment : snapshot) {
            if (storyId != null && !storyId.equals(segment.storyId)) {
                continue;
            }
            for (int i = 0; i < segment.size(); i++) {
                if (segment.deleted.get(i) || (filter != null && !filter.test(segment.metadata[i]))) {
                    continue;
                }
                float score = Vectors.dot(q, segment.vectors, i * segment.dimension);
                if (score < minCosine) {
                    continue;
                }
                if (top.size() < k) {
                    top.add(new Candidate(score, segment, i));
                } else if (score > top.peek().score) {
                    top.poll();
                    top.add(new Candidate(score, segment, i));
                }
            }
        }
        List<Hit> hits = new ArrayList<>(top.size());
        while (!top.isEmpty()) {
            Candidate c = top.poll();
            hits.add(new Hit(c.segment.ids[c.index], c.segment.storyId, c.score, c.segment.metadata[c.index]));
        }
        Collections.reverse(hits);
        return hits;
    }

    /** The unit vector stored for {@code id}, or null. */
    float[] vector(String id) {
        for (Segment segment : segments) {
            for (int i = 0; i < segment.size(); i++) {
                if (!segment.deleted.get(i) && segment.ids[i].equals(id)) {
                    float[] v = new float[segment.dimension];
                    System.arraycopy(segment.vectors, i * segment.dimension, v, 0, segment.dimension);
                    return v;
                }
            }
        }
        return null;
    }

    private void checkDimension(int length) {
        if (length == 0) {
            throw new IllegalArgumentException("an embedding has no dimensions");
        }
        if (dimension == -1 || segments.isEmpty()) {
            dimension = length;
        } else if (dimension != length) {
            throw new IllegalArgumentException("embedding has " + length + " dimensions, the store holds " + dimension);
        }
    }

    private static List<Segment> withoutIds(List<Segment> segments, Set<String> ids) {
        if (ids.isEmpty()) {
            return segments;
        }
        List<Segment> next = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            BitSet deleted = null;
            for (int i = 0; i < segment.size(); i++) {
                if (!segment.deleted.get(i) && ids.contains(segment.ids[i])) {
                    if (deleted == null) {
                        deleted = (BitSet) segment.deleted.clone();
                    }
                    deleted.set(i);
                }
            }
            if (deleted == null) {
                next.add(segment);
            } else if (deleted.cardinality() < segment.size()) {
                next.add(segment.withDeleted(deleted));
            }
        }
        return next;
    }

    /** Merges segments without a story when single-row adds have made too many of them. */
    private static List<Segment> compact(List<Segment> segments) {
        List<Segment> loose = segments.stream().filter(s -> s.storyId == null).toList();
        if (loose.size() <= MAX_SMALL_SEGMENTS) {
            return List.copyOf(segments);
        }
        List<Row> rows = new ArrayList<>();
        for (Segment s : loose) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.deleted.get(i)) {
                    float[] v = new float[s.dimension];
                    System.arraycopy(s.vectors, i * s.dimension, v, 0, s.dimension);
                    rows.add(new Row(s.ids[i], null, v, s.metadata[i]));
                }
            }
        }
        List<Segment> next = new ArrayList<>(segments.stream().filter(s -> s.storyId != null).toList());
        next.add(Segment.of(rows, loose.get(0).dimension));
        return List.copyOf(next);
    }

    private record Candidate(float score, Segment segment, int index) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            return Float.compare(score, o.score);
        }
    }

    private static final class Segment {
        final String storyId;
        final int dimension;
        final String[] ids;
        final float[] vectors;
        final Metadata[] metadata;
        final BitSet deleted;

        private Segment(String storyId, int dimension, String[] ids, float[] vectors, Metadata[] metadata, BitSet deleted) {
            this.storyId = storyId;
            this.dimension = dimension;
            this.ids = ids;
            this.vectors = vectors;
            this.metadata = metadata;
            this.deleted = deleted;
        }

        static Segment of(List<Row> rows, int dimension) {
            String storyId = rows.get(0).storyId();
            String[] ids = new String[rows.size()];
            float[] vectors = new float[rows.size() * dimension];
            Metadata[] metadata = new Metadata[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                ids[i] = row.id();
                System.arraycopy(Vectors.normalized(row.vector()), 0, vectors, i * dimension, dimension);
                metadata[i] = row.metadata() == null ? new Metadata() : row.metadata();
            }
            return new Segment(storyId, dimension, ids, vectors, metadata, new BitSet(rows.size()));
        }

        Segment withDeleted(BitSet deleted) {
            return new Segment(storyId, dimension, ids, vectors, metadata, deleted);
        }

        int size() {
            return ids.length;
        }

        int live() {
            return ids.length - deleted.cardinality();
        }
    }
}
