package org.storybot.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.storybot.ingest.Ingestor;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.store.Library;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryReader;

/** A real library in a temporary folder, with the real model, reader and cleaner. */
public final class TestLibrary implements AutoCloseable {

    public static final ObjectMapper JSON = JsonMapper.builder().build();
    private static SentenceSplitter splitter;

    public final Library library;
    public final Ingestor ingestor;

    public TestLibrary(Path dataDir) {
        this.library = Library.open(dataDir, JSON);
        this.ingestor = new Ingestor(reader(), cleaner(), Models.embedder(), library);
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
    }
}
