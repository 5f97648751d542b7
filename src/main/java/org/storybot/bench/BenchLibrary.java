package org.storybot.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storybot.answer.SummaryLength;
import org.storybot.chat.SummaryReply;
import org.storybot.store.StoryInfo;
import org.storybot.app.Storybot;
import org.storybot.chat.Assistant;
import org.storybot.config.LlmConfig;
import org.storybot.config.StoreConfig;
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
        return open(dir, parts, StoreConfig.EMBEDDED);
    }

    /** A library whose store is {@code store} (a PostgreSQL one of the bench's, its password not needed). */
    static BenchLibrary open(Path dir, CoreParts parts, StoreConfig store) {
        var config = parts.config().withDataDir(dir).withStore(store)
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

    /** Summaries of the given stories in turn, lengths cycling; the first of each story embeds its sentences. */
    BenchReport.Operation summaries(List<String> storyIds, int count) {
        List<Double> ms = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        SummaryLength[] lengths = SummaryLength.values();
        for (int i = 0; i < count && !storyIds.isEmpty(); i++) {
            String id = storyIds.get(i % storyIds.size());
            SummaryLength length = i < storyIds.size() ? SummaryLength.MEDIUM : lengths[(i / storyIds.size()) % lengths.length];
            long start = System.nanoTime();
            SummaryReply reply = assistant.summarize(id, length, null);
            ms.add((System.nanoTime() - start) / 1e6);
            outcomes.merge(reply instanceof SummaryReply.Summarized ? "summarized" : "refused", 1, Integer::sum);
        }
        return new BenchReport.Operation(LatencySummary.of(ms), null, null, outcomes);
    }

    /** Up to {@code n} story ids spread evenly over the library. */
    List<String> spread(int n) {
        List<StoryInfo> stories = library.stories();
        List<String> ids = new ArrayList<>();
        if (stories.isEmpty()) {
            return ids;
        }
        int step = Math.max(1, stories.size() / n);
        for (int i = 0; i < stories.size() && ids.size() < n; i += step) {
            ids.add(stories.get(i).id());
        }
        return ids;
    }

    @Override
    public void close() {
        root.close();
    }
}
