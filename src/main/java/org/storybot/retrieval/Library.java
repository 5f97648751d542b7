package org.storybot.retrieval;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.LoggerFactory;
import org.storybot.store.StoreException;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import org.storybot.store.StoryStore;
import org.storybot.store.StoryVectors;
import org.storybot.story.Story;

/**
 * The story library: stories kept in the {@link StoryStore}, searched through the
 * {@link StoryIndex} rebuilt from it. A story's new version is committed to the store and published
 * to the index in one step, under a short write lock, so a search inside {@link #search} sees one
 * consistent version, never half of a replaced story. When other processes share the store (a
 * PostgreSQL library), {@link #catchUp} brings this process's index level with what they wrote.
 * Thread-safe.
 */
public final class Library implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Library.class);
    /** Index folders tried under a shared library's indexes folder: processes on one machine at once. */
    private static final int MAX_INDEXES = 64;

    /** What saving a story did. */
    public enum SaveOutcome { ADDED, REPLACED, UNCHANGED }

    /** What the index holds for one story: to check it against the store. */
    public record Indexed(int paragraphs, int sentences, int vectors) {
    }

    private final StoryStore store;
    private final StoryIndex index;
    private final ReadWriteLock visibility = new ReentrantReadWriteLock();
    private final Object writers = new Object();
    /** What the index was built from: each story's content hash, by id; guarded by {@code writers}. */
    private final SortedMap<String, String> indexed = new TreeMap<>();
    /** The stories a search can find, as of the last commit: read without a lock. */
    private volatile Set<String> known = Set.of();

    private Library(StoryStore store, StoryIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Opens the library over {@code store} with its index in {@code indexDir}, rebuilding the index if it is stale. */
    public static Library open(StoryStore store, Path indexDir) {
        return open(store, StoryIndex.open(indexDir));
    }

    /**
     * Opens the library over a store that other processes share, with an index of this process's
     * own under {@code indexesDir}: the first of its numbered folders that no other process (or
     * library in this one) holds, so processes on one machine never share an index, and a
     * restarted one finds its old index again.
     */
    public static Library openShared(StoryStore store, Path indexesDir) {
        for (int slot = 0; slot < MAX_INDEXES; slot++) {
            try {
                return open(store, StoryIndex.open(indexesDir.resolve(String.valueOf(slot))));
            } catch (StoreException e) {
                if (!(e.getCause() instanceof LockObtainFailedException)) {
                    throw e;
                }
            }
        }
        throw new StoreException("all " + MAX_INDEXES + " search index folders in " + indexesDir
                + " are in use by other storybot processes");
    }

    private static Library open(StoryStore store, StoryIndex index) {
        Library library = new Library(store, index);
        try {
            synchronized (library.writers) {
                SortedMap<String, String> stored = store.contentHashes();
                if (!StoryStore.fingerprint(stored).equals(index.fingerprint())) {
                    log.info("rebuilding the search index from the store");
                    library.rebuildIndex(stored.keySet());
                } else {
                    library.indexed.putAll(stored);
                    library.known = Set.copyOf(stored.keySet());
                }
            }
            return library;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Indexes the stories afresh, each as read from the store now; the caller holds {@code writers}. */
    private void rebuildIndex(Collection<String> storyIds) {
        indexed.clear();
        // story by story, so only one story's vectors are in memory at a time
        Iterable<StoryIndex.Entry> entries = () -> storyIds.stream()
                .flatMap(id -> store.storedStory(id).stream())
                .map(this::noteIndexed)
                .filter(Library::hasParagraphs)
                .map(Library::entry).iterator();
        index.rebuild(entries, () -> StoryStore.fingerprint(indexed)); // the fingerprint of what was read
        known = Set.copyOf(indexed.keySet());
    }

    private StoredStory noteIndexed(StoredStory story) {
        indexed.put(story.id(), story.info().contentHash());
        return story;
    }

    private static StoryIndex.Entry entry(StoredStory s) {
        return new StoryIndex.Entry(s.story(), s.paragraphVectors(), s.sentenceVectors());
    }

    /**
     * Brings the index level with the store after other processes changed it: each story whose
     * content differs from what the index holds is read again (or dropped), and all of them are
     * shown in one step. Cheap when nothing changed: one read of the stories' hashes.
     */
    public void catchUp() {
        synchronized (writers) {
            SortedMap<String, String> stored = store.contentHashes();
            Set<String> changed = new TreeSet<>(indexed.keySet());
            changed.addAll(stored.keySet());
            changed.removeIf(id -> Objects.equals(stored.get(id), indexed.get(id)));
            if (changed.isEmpty()) {
                return;
            }
            Map<String, StoryIndex.Entry> changes = new HashMap<>();
            SortedMap<String, String> next = new TreeMap<>(indexed);
            for (String id : changed) {
                Optional<StoredStory> now = store.storedStory(id);
                now.ifPresentOrElse(s -> next.put(id, s.info().contentHash()), () -> next.remove(id));
                changes.put(id, now.filter(Library::hasParagraphs).map(Library::entry).orElse(null));
            }
            visibility.writeLock().lock();
            try {
                index.replaceStories(changes, StoryStore.fingerprint(next));
                indexed.clear();
                indexed.putAll(next);
                known = Set.copyOf(next.keySet());
            } catch (RuntimeException e) {
                log.warn("search index update failed ({}); rebuilding it from the store", e.toString());
                rebuildIndex(stored.keySet());
            } finally {
                visibility.writeLock().unlock();
            }
            log.debug("the search index caught up with {} stories changed by other processes", changes.size());
        }
    }

    /** The fingerprint of the library as this process's index holds it ({@link StoryStore#fingerprint}): "" when empty. */
    public String fingerprint() {
        synchronized (writers) {
            return StoryStore.fingerprint(indexed);
        }
    }

    public SaveOutcome save(Story story, StoryVectors vectors) {
        synchronized (writers) {
            Optional<String> existing = store.contentHash(story.id());
            if (existing.isPresent() && existing.get().equals(story.contentHash())) {
                return SaveOutcome.UNCHANGED;
            }
            try (StoryStore.PendingWrite write = store.prepareSave(story, vectors)) {
                publish(story.id(), story.contentHash(), write, new StoryIndex.Entry(story, vectors.paragraphs(),
                        vectors.sentences()));
            }
            return existing.isPresent() ? SaveOutcome.REPLACED : SaveOutcome.ADDED;
        }
    }

    public boolean remove(String storyId) {
        synchronized (writers) {
            if (store.contentHash(storyId).isEmpty()) {
                return false;
            }
            try (StoryStore.PendingWrite write = store.prepareRemove(storyId)) {
                publish(storyId, null, write, null);
            }
            return true;
        }
    }

    /** Commits a change to the store and shows it in the index, in one step for searches; the caller holds {@code writers}. */
    private void publish(String storyId, String contentHash, StoryStore.PendingWrite write, StoryIndex.Entry entry) {
        visibility.writeLock().lock();
        try {
            write.commit();
            if (contentHash == null) {
                indexed.remove(storyId);
            } else {
                indexed.put(storyId, contentHash);
            }
            known = Set.copyOf(indexed.keySet());
            try {
                index.replaceStory(storyId, entry, StoryStore.fingerprint(indexed));
            } catch (RuntimeException e) {
                log.warn("search index update failed ({}); rebuilding it from the store", e.toString());
                rebuildIndex(store.contentHashes().keySet());
            }
        } finally {
            visibility.writeLock().unlock();
        }
    }

    /**
     * Runs {@code reads} against one consistent version of the library: the index as committed,
     * which holds every paragraph of that version as retrieval reads it.
     */
    <T> T search(Function<IndexView, T> reads) {
        visibility.readLock().lock();
        try (IndexView view = index.view()) {
            return reads.apply(view);
        } finally {
            visibility.readLock().unlock();
        }
    }

    /** What the index holds for one story. */
    public Indexed indexed(String storyId) {
        return search(v -> new Indexed(v.count(storyId, StoryIndex.Kind.PARAGRAPH),
                v.count(storyId, StoryIndex.Kind.SENTENCE), v.vectors(storyId)));
    }

    public List<StoryInfo> stories() {
        return store.stories();
    }

    /** Whether the index holds a story of this id, read without the store (which may be away). */
    public boolean knows(String storyId) {
        return known.contains(storyId);
    }

    public Optional<StoryInfo> info(String storyId) {
        return store.info(storyId);
    }

    /** The whole story with sentences and vectors, read in one consistent step. */
    public Optional<StoredStory> storedStory(String storyId) {
        visibility.readLock().lock();
        try {
            return store.storedStory(storyId);
        } finally {
            visibility.readLock().unlock();
        }
    }

    /** The whole story as stored, sentences included; empty for a story row without paragraphs. */
    public Optional<Story> story(String storyId) {
        return storedStory(storyId).filter(Library::hasParagraphs).map(StoredStory::story);
    }

    /** A story row without paragraphs (written by hand, or by an older version) cannot be searched or shown. */
    private static boolean hasParagraphs(StoredStory story) {
        if (story.paragraphs().isEmpty()) {
            log.warn("story {} has no paragraphs in the store; it is left out of the search index", story.id());
            return false;
        }
        return true;
    }

    public int paragraphCount() {
        return store.paragraphCount();
    }

    /** Compacts the search index after a bulk change (see {@link StoryIndex#compact}); searches go on meanwhile. */
    public void compact() {
        synchronized (writers) {
            long start = System.nanoTime();
            int segments = index.compact();
            log.info("search index compacted from {} segments in {} ms", segments, (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public void close() {
        visibility.writeLock().lock();
        try {
            index.close();
        } finally {
            visibility.writeLock().unlock();
        }
    }
}
