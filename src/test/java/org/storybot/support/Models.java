package org.storybot.support;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.Map;
import org.storybot.config.ConfigLoader;
import org.storybot.embedding.Embedder;
import org.storybot.text.Lexicon;

/** The real embedding model and WordNet, loaded once for the whole test run (the model takes a second and 300 MB). */
public final class Models {

    /** The offline composer's minimum support as shipped in config/storybot.yaml, so tests see what users get. */
    public static final double MIN_SUPPORT = new ConfigLoader()
            .load(Path.of("").toAbsolutePath(), Path.of("config/storybot.yaml"), Map.of()).answer().minSupport();

    private static Embedder embedder;
    private static Lexicon lexicon;

    private Models() {
    }

    /** WordNet, read once for the whole run. */
    public static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = new Lexicon();
        }
        return lexicon;
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new Embedder(BgeSmallEnV15QuantizedEmbeddingModel::new);
        }
        return embedder;
    }
}
