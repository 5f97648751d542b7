package org.storybot.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.storybot.ingest.Ingestor;
import java.util.Map;
import org.storybot.app.Storybot;
import org.storybot.chat.Assistant;
import org.storybot.config.StoreConfig;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.store.Database;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryReader;
import org.storybot.web.PageReader;

/** A real library in a temporary folder, with the real model, reader and cleaner. */
public final class TestLibrary implements AutoCloseable {

    public static final ObjectMapper JSON = JsonMapper.builder().build();
    private static SentenceSplitter splitter;

    /** The composition root the library was built by, with the run's shared models and the shipped settings. */
    public final Storybot root;
    public final Database database;
    public final Library library;
    public final Ingestor ingestor;

    public TestLibrary(Path dataDir) {
        this(dataDir, StoreConfig.EMBEDDED, Map.of());
    }

    /** A library in {@code store} (a PostgreSQL one: its index in {@code dataDir}), the password read from {@code env}. */
    public TestLibrary(Path dataDir, StoreConfig store, Map<String, String> env) {
        this.root = new Storybot(Models.CONFIG.withDataDir(dataDir).withStore(store), false, env, Models.shared());
        try {
            this.database = root.database();
            this.library = root.library();
            this.ingestor = root.ingestor();
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    public static StoryReader reader() {
        return new StoryReader(JSON, 10L * 1024 * 1024);
    }

    public static PageReader pages() {
        return new PageReader(JSON);
    }

    public static synchronized SentenceSplitter splitter() {
        if (splitter == null) {
            splitter = new SentenceSplitter();
        }
        return splitter;
    }

    public static StoryCleaner cleaner() {
        return new StoryCleaner(splitter());
    }

    public HybridRetriever retriever() {
        return root.retriever();
    }

    /** The assistant as the bot wires it: offline composer, names carried over, the root's answer log. */
    public Assistant assistant() {
        return root.assistant();
    }

    @Override
    public void close() {
        root.close();
    }
}
