package org.storybot.bench;

import java.nio.file.Path;
import java.util.Map;
import org.storybot.app.Storybot;
import org.storybot.chat.Assistant;
import org.storybot.config.LlmConfig;
import org.storybot.embedding.Embedder;
import org.storybot.ingest.Ingestor;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;

/**
 * One library under measurement, in its own folder, built by storybot's composition root with
 * answers composed offline (the bench measures storybot, not a remote model) and the run's shared
 * parts. Each opening gets its own embedder around the shared model, so its cache of recent query
 * vectors starts empty and no question is answered from a vector remembered at another size.
 */
final class BenchLibrary implements AutoCloseable {

    final Path dir;
    final Library library;
    final Embedder embedder;
    final Ingestor ingestor;
    final HybridRetriever retriever;
    final Assistant assistant;
    private final Storybot root;

    private BenchLibrary(Path dir, Storybot root) {
        this.dir = dir;
        this.root = root;
        this.library = root.library();
        this.embedder = root.embedder();
        this.ingestor = root.ingestor();
        this.retriever = root.retriever();
        this.assistant = root.assistant();
    }

    static BenchLibrary open(Path dir, CoreParts parts) {
        var config = parts.config().withDataDir(dir)
                .withLlm(new LlmConfig(LlmConfig.Provider.OFFLINE, "", "", "", 30, 0));
        Storybot root = new Storybot(config, false, Map.of(),
                new Storybot.Shared(parts::model, parts.tagger(), parts.lexicon(), parts.splitter()));
        try {
            return new BenchLibrary(dir, root);
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    @Override
    public void close() {
        root.close();
    }
}
