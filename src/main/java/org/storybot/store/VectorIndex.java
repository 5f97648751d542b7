package org.storybot.store;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.store.embedding.filter.Filter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.Set;

/**
 * The in-memory side of the embedding store: unit vectors quantised to one byte per dimension
 * (a quarter of the memory of floats, so 100,000 paragraphs take 38 MB), searched by brute force.
 * Scores are close approximations of the cosine; callers that need exact scores rescore the few
 * best rows from the stored float vectors. Rows are kept in immutable segments (one per story, or
 * per batch for rows without a story), so a search always sees a consistent snapshot and replacing
 * a story never copies the others. Reads are lock-free; writes are serialised.
 */
final class VectorIndex {

    /** A row to add: {@code vector} need not be normalised. */
    record Row(String id, String storyId, float[] vector, Metadata metadata) {
    }

    /** A search hit: cosine similarity of the unit vectors. */
    record Hit(String id, String storyId, double cosine, Metadata metadata) {
    }

    private static final int MAX_SMALL_SEGMENTS = 64;
    /** Libraries at least this large are searched on all cores at once. */
    private static final int PARALLEL_ROWS = 20_000;
    private static final int PARTS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private volatile List<Segment> segments = List.of();
    /**
     * Scans the parts the searching thread does not take, made when the index first grows large.
     * Its own threads: the common pool has one fewer than the cores, on two cores a single thread
     * that every search would queue for.
     */
    private volatile ExecutorService scanners;
    /** Segments read back at start, published together by {@link #finishLoad}. */
    private final List<Segment> loading = new ArrayList<>();
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

    /** Adds one story's rows, read back from the store at start (no ids to replace, no copies of others). */
    synchronized void load(List<Row> storyRows) {
        if (storyRows.isEmpty()) {
            return;
        }
        storyRows.forEach(r -> checkDimension(r.vector().length));
        loading.add(Segment.of(storyRows, dimension));
    }

    /** Makes what {@link #load} added searchable, in one step. */
    synchronized void finishLoad() {
        List<Segment> next = new ArrayList<>(segments);
        next.addAll(loading);
        loading.clear();
        segments = List.copyOf(next);
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
        return search(query, k, minCosine, s -> storyId == null || storyId.equals(s.storyId), filter);
    }

    /** The {@code k} rows of stories (rows added with a story id) most similar to {@code query}, in one story when set. */
    List<Hit> searchStories(float[] query, int k, String storyId) {
        return search(query, k, -2, s -> s.storyId != null && (storyId == null || storyId.equals(s.storyId)), null);
    }

    private List<Hit> search(float[] query, int k, double minCosine, Predicate<Segment> inScope, Filter filter) {
        if (k <= 0) {
            return List.of();
        }
        List<Segment> snapshot = segments;
        if (!snapshot.isEmpty() && query.length != snapshot.get(0).dimension) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, the store holds "
                    + snapshot.get(0).dimension);
        }
        List<Segment> scope = snapshot.stream().filter(inScope).toList();
        Query q = new Query(query);
        int rows = scope.stream().mapToInt(Segment::size).sum();
        List<List<Segment>> parts = rows < PARALLEL_ROWS ? List.of(scope) : split(scope, PARTS);
        List<Candidate> best = new ArrayList<>();
        // A large library is scanned on every core: this thread takes the first part, the pool the others.
        List<CompletableFuture<List<Candidate>>> others = parts.subList(1, parts.size()).stream()
                .map(part -> CompletableFuture.supplyAsync(() -> scan(part, q, k, minCosine, filter), scanners()))
                .toList();
        best.addAll(scan(parts.get(0), q, k, minCosine, filter));
        others.forEach(f -> best.addAll(f.join()));
        return best.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()).limit(k)
                .map(c -> new Hit(c.segment.ids[c.index], c.segment.storyId, c.score, c.segment.metadata[c.index]))
                .toList();
    }

    private ExecutorService scanners() {
        ExecutorService pool = scanners;
        if (pool == null) {
            synchronized (this) {
                pool = scanners;
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(PARTS - 1, r -> {
                        Thread t = new Thread(r, "vector-scan");
                        t.setDaemon(true);
                        return t;
                    });
                    scanners = pool;
                }
            }
        }
        return pool;
    }

    /** Stops the scanning threads, if any were started. */
    void close() {
        ExecutorService pool = scanners;
        if (pool != null) {
            pool.shutdown();
        }
    }

    private static List<Candidate> scan(List<Segment> segments, Query q, int k, double minCosine, Filter filter) {
        PriorityQueue<Candidate> top = new PriorityQueue<>(Math.min(k, 1024) + 1);
        byte[] query = q.codes;
        for (Segment segment : segments) {
            // The hot loop: the segment's arrays in locals and the dot product inline, so the JIT keeps it tight.
            byte[] codes = segment.codes;
            float[] scales = segment.scales;
            BitSet deleted = segment.deleted.isEmpty() ? null : segment.deleted;
            int dimension = segment.dimension;
            for (int row = 0, offset = 0; row < scales.length; row++, offset += dimension) {
                if ((deleted != null && deleted.get(row)) || (filter != null && !filter.test(segment.metadata[row]))) {
                    continue;
                }
                int sum = 0;
                for (int i = 0; i < dimension; i++) {
                    sum += query[i] * codes[offset + i];
                }
                float score = sum * q.scale * scales[row];
                if (score < minCosine) {
                    continue;
                }
                if (top.size() < k) {
                    top.add(new Candidate(score, segment, row));
                } else if (score > top.peek().score) {
                    top.poll();
                    top.add(new Candidate(score, segment, row));
                }
            }
        }
        return new ArrayList<>(top);
    }

    private static List<List<Segment>> split(List<Segment> segments, int parts) {
        int total = segments.stream().mapToInt(Segment::size).sum();
        List<List<Segment>> split = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int size = 0;
        for (Segment s : segments) {
            current.add(s);
            size += s.size();
            if (size >= total / parts && split.size() < parts - 1) {
                split.add(current);
                current = new ArrayList<>();
                size = 0;
            }
        }
        if (!current.isEmpty()) {
            split.add(current);
        }
        return split;
    }

    /** The query quantised as the rows are, so a row scores with one integer dot product and two scales. */
    private static final class Query {
        final byte[] codes;
        final float scale;

        Query(float[] vector) {
            float[] unit = Vectors.normalized(vector);
            codes = new byte[unit.length];
            scale = Vectors.quantize(unit, codes, 0);
        }
    }

    private void checkDimension(int length) {
        if (length == 0) {
            throw new IllegalArgumentException("an embedding has no dimensions");
        }
        if (dimension == -1 || (segments.isEmpty() && loading.isEmpty())) {
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
                    rows.add(new Row(s.ids[i], null, s.vector(i), s.metadata[i]));
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
        /** Row i's unit vector is {@code codes[i*dimension .. ] * scales[i]}. */
        final byte[] codes;
        final float[] scales;
        final Metadata[] metadata;
        final BitSet deleted;

        private Segment(String storyId, int dimension, String[] ids, byte[] codes, float[] scales, Metadata[] metadata,
                BitSet deleted) {
            this.storyId = storyId;
            this.dimension = dimension;
            this.ids = ids;
            this.codes = codes;
            this.scales = scales;
            this.metadata = metadata;
            this.deleted = deleted;
        }

        static Segment of(List<Row> rows, int dimension) {
            String storyId = rows.get(0).storyId();
            String[] ids = new String[rows.size()];
            byte[] codes = new byte[rows.size() * dimension];
            float[] scales = new float[rows.size()];
            Metadata[] metadata = new Metadata[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                ids[i] = row.id();
                scales[i] = Vectors.quantize(Vectors.normalized(row.vector()), codes, i * dimension);
                metadata[i] = row.metadata() == null ? new Metadata() : row.metadata();
            }
            return new Segment(storyId, dimension, ids, codes, scales, metadata, new BitSet(rows.size()));
        }

        Segment withDeleted(BitSet deleted) {
            return new Segment(storyId, dimension, ids, codes, scales, metadata, deleted);
        }

        float[] vector(int row) {
            float[] v = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                v[i] = codes[row * dimension + i] * scales[row];
            }
            return v;
        }

        int size() {
            return ids.length;
        }

        int live() {
            return ids.length - deleted.cardinality();
        }
    }
}
