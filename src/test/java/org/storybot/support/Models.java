package org.storybot.support;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.storybot.embedding.Embedder;

/** The real embedding model, loaded once for the whole test run (it takes a second and 300 MB). */
public final class Models {

    private static Embedder embedder;

    private Models() {
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new Embedder(BgeSmallEnV15QuantizedEmbeddingModel::new, Embedder.BGE_QUERY_INSTRUCTION);
        }
        return embedder;
    }
}
