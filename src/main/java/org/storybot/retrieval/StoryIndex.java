package org.storybot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.storybot.store.StoreException;
import org.storybot.story.Story;

/**
 * The library's search index beside the database, in Lucene: BM25 over paragraphs and sentences,
 * and the paragraphs' vectors in an HNSW graph of scalar-quantized vectors (exact search where a
 * story filter leaves few candidates), with each paragraph kept as retrieval reads it back, so that
 * a search reads nothing from the database. The database is the source of truth: each commit records
 * the library's fingerprint, and an index whose fingerprint does not match the store's (missing,
 * stale after a crash, damaged, of an older layout) is rebuilt from it. A {@link IndexView} sees
 * one committed version. Writes are the caller's to serialise. A rebuilt index is one segment, and
 * {@link #compact} makes it one again after a bulk change.
 */
final class StoryIndex implements AutoCloseable {

    enum Kind { PARAGRAPH, SENTENCE }

    private static final String FINGERPRINT = "fingerprint";
    private static final String LAYOUT = "layout";

    /** Words settled as mentioned or not, across index versions: about 100 bytes each. */
    private static final int MENTIONS = 20_000;

    private final IndexFields fields = new IndexFields();
    private final Cache<IndexView.Mention, Boolean> mentioned = Caffeine.newBuilder().maximumSize(MENTIONS).build();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private StoryIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    static StoryIndex open(Path path) {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            try {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (LockObtainFailedException held) {
                throw held; // another library has the index open: nothing here is damaged
            } catch (IOException | RuntimeException damaged) {
                // An unreadable index is only a cache of the store: start it afresh, the caller rebuilds it.
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            }
            return new StoryIndex(directory, writer);
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, e);
            closeQuietly(directory, e);
            throw new StoreException("cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(AutoCloseable open, Exception failure) {
        if (open != null) {
            try {
                open.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        KnnVectorsFormat vectors = new Lucene99HnswScalarQuantizedVectorsFormat();
        return new IndexWriterConfig(IndexFields.fieldAnalyzers()).setOpenMode(mode).setCodec(new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return vectors;
            }
        });
    }

    /** The fingerprint of the last commit; "" for a new index, null for one of another layout. */
    String fingerprint() {
        String fingerprint = "";
        String layout = null;
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (FINGERPRINT.equals(e.getKey())) {
                fingerprint = e.getValue();
            } else if (LAYOUT.equals(e.getKey())) {
                layout = e.getValue();
            }
        }
        boolean empty = writer.getDocStats().numDocs == 0 && fingerprint.isEmpty();
        return empty || IndexFields.LAYOUT_VERSION.equals(layout) ? fingerprint : null;
    }

    /**
     * Replaces (or with a null entry, removes) one story and commits with the library's new
     * fingerprint.
     */
    void replaceStory(String storyId, Entry entry, String fingerprint) {
        Map<String, Entry> change = new HashMap<>();
        change.put(storyId, entry);
        replaceStories(change, fingerprint);
    }

    /**
     * Replaces (or, for a null entry, removes) each story of {@code changes}, in one commit with
     * the library's new fingerprint: a view sees all of them or none.
     */
    void replaceStories(Map<String, Entry> changes, String fingerprint) {
        try {
            for (Map.Entry<String, Entry> change : changes.entrySet()) {
                writer.deleteDocuments(new Term(IndexFields.STORY, change.getKey()));
                if (change.getValue() != null) {
                    writer.addDocuments(IndexFields.documents(change.getValue()));
                }
            }
            commit(fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A story with its vectors, in order: one per paragraph (null for a paragraph without one) and
     * one per sentence of each paragraph.
     */
    record Entry(Story story, List<float[]> paragraphVectors, List<List<float[]>> sentenceVectors) {
    }

    /** Drops everything and indexes {@code stories} afresh; the fingerprint is asked for once they are all read. */
    void rebuild(Iterable<Entry> stories, Supplier<String> fingerprint) {
        try {
            writer.deleteAll();
            for (Entry e : stories) {
                writer.addDocuments(IndexFields.documents(e));
            }
            writer.forceMerge(1);
            commit(fingerprint.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment and commits it, the content unchanged: views open meanwhile
     * keep their version. Every search visits each segment (a vector graph and a terms dictionary
     * apiece), and a library saved story by story holds a dozen, which Lucene's merge policy leaves
     * as they are: merged, 16 askers on 10,000 paragraphs answered 162 a second instead of 119 (13
     * segments, 2026-12-02). Costs a rewrite of the index (3 s at 10,000 paragraphs): for the end of
     * a bulk change, not each save. Returns the segments there were.
     */
    int compact() {
        try {
            IndexSearcher current = searchers.acquire();
            int segments;
            try {
                segments = current.getIndexReader().leaves().size();
            } finally {
                searchers.release(current);
            }
            if (segments > 1) {
                writer.forceMerge(1);
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
            return segments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint, LAYOUT, IndexFields.LAYOUT_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The index as last committed, until the view is closed. */
    IndexView view() {
        try {
            return new IndexView(searchers, searchers.acquire(), fields, mentioned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
