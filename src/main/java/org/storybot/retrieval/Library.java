package org.storybot.retrieval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import org.storybot.store.StoryStore;
import org.storybot.store.StoryVectors;
import org.storybot.story.Story;

/**
 * The story library: stories kept in the {@link StoryStore}, searched through the
 * {@link StoryIndex} rebuilt from it. A story's new version is committed to the store and published
 * to the index in one step, under a short write lock, so a search inside {@link #search} sees one
 * consistent version, never half of a replaced story. Thread-safe.
 */
public final class Library implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Library.class);

    /** What saving a story did. */
    public enum SaveOutcome { ADDED, REPLACED, UNCHANGED }

    /** What the index holds for one story: to check it against the store. */
    public record Indexed(int paragraphs, int sentences, int vectors) {
    }

    private final StoryStore store;
    private final StoryIndex index;
    private final ReadWriteLock visibility = new ReentrantReadWriteLock();
    private final Object writers = new Object();

    private Library(StoryStore store, StoryIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Opens the library over {@code store} with its index in {@code indexDir}, rebuilding the index if it is stale. */
    public static Library open(StoryStore store, Path indexDir) {
        Library library = new Library(store, StoryIndex.open(indexDir));
        try {
            String expected = store.fingerprint();
            if (!expected.equals(library.index.fingerprint())) {
                log.info("rebuilding the search index from the store");
                library.rebuildIndex(expected);
            }
            return library;
        } catch (RuntimeException e) {
            library.index.close();
            throw e;
        }
    }

    private void rebuildIndex(String fingerprint) {
        List<StoryInfo> stories = store.stories();
        // story by story, so only one story's vectors are in memory at a time
        Iterable<StoryIndex.Entry> entries = () -> stories.stream()
                .flatMap(info -> store.storedStory(info.id()).stream())
                .filter(Library::hasParagraphs)
                .map(s -> new StoryIndex.Entry(s.story(), s.paragraphVectors(), s.sentenceVectors())).iterator();
        index.rebuild(entries, fingerprint);
    }

    public SaveOutcome save(Story story, StoryVectors vectors) {
        synchronized (writers) {
            Optional<String> existing = store.contentHash(story.id());
            if (existing.isPresent() && existing.get().equals(story.contentHash())) {
                return SaveOutcome.UNCHANGED;
            }
            try (StoryStore.PendingWrite write = store.prepareSave(story, vectors)) {
                publish(story.id(), write, new StoryIndex.Entry(story, vectors.paragraphs(), vectors.sentences()));
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
                publish(storyId, write, null);
            }
            return true;
        }
    }

    /** Commits a change to the store and shows it in the index, in one step for searches. */
    private void publish(String storyId, StoryStore.PendingWrite write, StoryIndex.Entry entry) {
        visibility.writeLock().lock();
        try {
            write.commit();
            String fingerprint = store.fingerprint();
            try {
                index.replaceStory(storyId, entry, fingerprint);
            } catch (RuntimeException e) {
                log.warn("search index update failed ({}); rebuilding it from the store", e.toString());
                rebuildIndex(fingerprint);
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

    public Optional<StoryInfo> info(String storyId) {
        return store.info(storyId);
    }

    public Optional<String> contentHash(String storyId) {
        return store.contentHash(storyId);
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
