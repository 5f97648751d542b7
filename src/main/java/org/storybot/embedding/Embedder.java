package org.storybot.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns text into unit vectors with the in-process embedding model. The model loads on first use,
 * never at start-up, so commands that need no vectors stay fast. Queries get the model's retrieval
 * instruction (BGE is trained with one); passages are embedded as they are. Thread-safe.
 */
public final class Embedder {

    /** BGE v1.5's instruction for short queries that look for passages. */
    private static final int RECENT_QUERIES = 512;

    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final Supplier<EmbeddingModel> modelFactory;
    private final String queryInstruction;
    private volatile EmbeddingModel model;
    private final Map<String, float[]> recentQueries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT_QUERIES;
        }
    };

    public Embedder(Supplier<EmbeddingModel> modelFactory, String queryInstruction) {
        this.modelFactory = modelFactory;
        this.queryInstruction = queryInstruction;
    }

    public EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = modelFactory.get();
                    model = m;
                }
            }
        }
        return m;
    }

    /** The query's vector; recent queries are remembered, since evaluations and retries repeat them. */
    public float[] embedQuery(String query) {
        synchronized (recentQueries) {
            float[] cached = recentQueries.get(query);
            if (cached != null) {
                return cached.clone();
            }
        }
        float[] vector = model().embed(queryInstruction + query).content().vector();
        synchronized (recentQueries) {
            recentQueries.put(query, vector.clone());
        }
        return vector;
    }

    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<float[]> vectors = new ArrayList<>(texts.size());
        model().embedAll(segments).content().forEach(e -> vectors.add(e.vector()));
        return vectors;
    }

    public int dimension() {
        return model().dimension();
    }
}
