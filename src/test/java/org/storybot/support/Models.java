package org.storybot.support;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.Map;
import org.storybot.config.ConfigLoader;
import org.storybot.embedding.Embedder;

/** The real embedding model, loaded once for the whole test run (it takes a second and 300 MB). */
public final class Models {

    /** The offline composer's minimum support as shipped in config/storybot.yaml, so tests see what users get. */
    public static final double MIN_SUPPORT = new ConfigLoader()
            .load(Path.of("").toAbsolutePath(), Path.of("config/storybot.yaml"), Map.of()).answer().minSupport();

    private static Embedder embedder;

    private Models() {
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new Embedder(BgeSmallEnV15QuantizedEmbeddingModel::new);
        }
        return embedder;
    }
}
