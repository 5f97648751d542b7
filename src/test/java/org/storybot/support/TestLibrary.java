package org.storybot.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.storybot.ingest.Ingestor;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.store.Database;
import org.storybot.store.StoryStore;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryReader;

/** A real library in a temporary folder, with the real model, reader and cleaner. */
public final class TestLibrary implements AutoCloseable {

    public static final ObjectMapper JSON = JsonMapper.builder().build();
    private static SentenceSplitter splitter;

    public final Database database;
    public final Library library;
    public final Ingestor ingestor;

    public TestLibrary(Path dataDir) {
        this.database = Database.open(dataDir);
        try {
            this.library = Library.open(new StoryStore(database), dataDir.resolve("lucene"));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        this.ingestor = new Ingestor(reader(), cleaner(), Models.embedder(), library, database);
    }

    public static StoryReader reader() {
        return new StoryReader(JSON, 10L * 1024 * 1024);
    }

    public static synchronized StoryCleaner cleaner() {
        if (splitter == null) {
            splitter = new SentenceSplitter();
        }
        return new StoryCleaner(splitter);
    }

    public HybridRetriever retriever() {
        return new HybridRetriever(library, Models.embedder());
    }

    @Override
    public void close() {
        library.close();
        database.close();
    }
}
