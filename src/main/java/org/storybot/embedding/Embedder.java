package org.storybot.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns text into vectors with the in-process embedding model. The model loads on first use (or in
 * the background when a command knows it will need it), never at start-up, so commands that need
 * no vectors stay fast. Queries are embedded as they are: measured on the SQuAD sample, BGE v1.5
 * retrieves slightly better without its optional query instruction (recall@1 within a story 0.946
 * against 0.931), and a shorter input embeds faster. Thread-safe.
 *
 * <p>The JVM must not exit while a background load is inside onnxruntime's native session set-up
 * (the process then dies of a SIGSEGV instead of exiting with its own code): {@link #awaitPreload}
 * waits for it, and a shutdown hook does the same for an exit the caller did not plan (Ctrl+C).
 */
public final class Embedder {

    private static final Logger log = LoggerFactory.getLogger(Embedder.class);
    private static final int RECENT_QUERIES = 2048;

    private final Supplier<EmbeddingModel> modelFactory;
    private volatile EmbeddingModel model;
    /** The background load {@link #preload} started, if any; it is started once. */
    private final AtomicReference<Thread> loader = new AtomicReference<>();
    private final Cache<String, float[]> recentQueries = Caffeine.newBuilder().maximumSize(RECENT_QUERIES).build();

    public Embedder(Supplier<EmbeddingModel> modelFactory) {
        this.modelFactory = modelFactory;
    }

    /**
     * Starts loading the model on a background thread, so that it loads while the caller opens the
     * library; {@link #model()} then waits for it if it is not done yet. Only for callers that will
     * embed: the load takes a second or two, and exiting waits for it to end.
     */
    public void preload() {
        if (model != null) {
            return;
        }
        Thread waitAtExit = new Thread(this::awaitPreload, "embedding-model-loader-exit");
        Thread thread = new Thread(() -> {
            try {
                model();
            } catch (RuntimeException e) {
                log.debug("the embedding model did not load in the background: {}", e.getMessage()); // model() tries again and reports it
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(waitAtExit);
                } catch (IllegalStateException exiting) {
                    // the JVM is shutting down: the hook is running and ends as this thread does
                }
            }
        }, "embedding-model-loader");
        thread.setDaemon(true);
        if (loader.compareAndSet(null, thread)) {
            try {
                Runtime.getRuntime().addShutdownHook(waitAtExit);
            } catch (IllegalStateException exiting) {
                return; // the JVM is already shutting down: no load now
            }
            thread.start();
        }
    }

    /**
     * Waits until a load {@link #preload} started has ended (at once when none was started), so
     * that the process can exit. Not cut short by interrupts: an exit then would crash the JVM.
     */
    public void awaitPreload() {
        Thread thread = loader.get();
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        Uninterruptibly.join(thread);
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

    /**
     * A question's or a short phrase's vector. Recent ones are remembered: evaluations and retries
     * repeat questions, and phrases (a name, a noun) recur.
     */
    public float[] embedQuery(String query) {
        float[] cached = recentQueries.getIfPresent(query);
        if (cached != null) {
            return cached.clone(); // callers may change what they get; the cached copy stays as it was
        }
        float[] vector = model().embed(query).content().vector();
        recentQueries.put(query, vector.clone());
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
