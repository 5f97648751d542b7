package org.storybot.support;

import java.nio.file.Path;
import java.util.Map;
import org.storybot.answer.Tagger;
import org.storybot.app.Storybot;
import org.storybot.config.ConfigLoader;
import org.storybot.config.StorybotConfig;
import org.storybot.embedding.BgeSmallModel;
import org.storybot.embedding.Embedder;
import org.storybot.text.Lexicon;

/** The real embedding model and WordNet, loaded once for the whole test run (the model takes a second and 300 MB). */
public final class Models {

    /** The settings as shipped in config/storybot.yaml (no environment: answers composed offline), so tests see what users get. */
    public static final StorybotConfig CONFIG = new ConfigLoader()
            .load(Path.of("").toAbsolutePath(), Path.of("config/storybot.yaml"), Map.of());
    /** The offline composer's minimum support as shipped. */
    public static final double MIN_SUPPORT = CONFIG.answer().minSupport();
    private static Tagger tagger;

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

    /** The part-of-speech tagger, loaded once for the whole run. */
    public static synchronized Tagger tagger() {
        if (tagger == null) {
            tagger = new Tagger();
        }
        return tagger;
    }

    /** What every composition root of the run shares: the model, the tagger, WordNet, the sentence splitter. */
    public static Storybot.Shared shared() {
        return new Storybot.Shared(() -> embedder().model(), tagger(), lexicon(), TestLibrary.splitter());
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new Embedder(BgeSmallModel::new);
        }
        return embedder;
    }
}
