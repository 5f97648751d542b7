package org.storybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.storybot.answer.Composer;
import org.storybot.answer.GroundingCheck;
import org.storybot.answer.LanguageModel;
import org.storybot.answer.LanguageModelComposer;
import org.storybot.answer.LanguageModels;
import org.storybot.answer.OfflineComposer;
import org.storybot.answer.Prompts;
import org.storybot.answer.Tagger;
import org.storybot.chat.Assistant;
import org.storybot.chat.EntityCarryOver;
import org.storybot.chat.LanguageModelRewriter;
import org.storybot.chat.QuestionRewriter;
import org.storybot.config.LlmConfig;
import org.storybot.config.StorybotConfig;
import org.storybot.store.AnswerLog;
import org.storybot.embedding.BgeSmallModel;
import org.storybot.embedding.Embedder;
import org.storybot.ingest.IngestResult;
import org.storybot.ingest.Ingestor;
import org.storybot.ingest.LinkIngestor;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.store.Database;
import org.storybot.store.StoryStore;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryReader;
import org.storybot.text.Lexicon;
import org.storybot.web.PageFetcher;
import org.storybot.web.PageReader;

/**
 * The composition root: builds every part with {@code new}, once, in dependency order, and closes
 * what it opened. Parts are made on first use, so {@code storybot stories} never loads the model.
 */
public final class Storybot implements AutoCloseable {

    private final StorybotConfig config;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private Embedder embedder;
    private Database database;
    private Library library;
    private Ingestor ingestor;
    private LinkIngestor links;
    private HybridRetriever retriever;
    private AnswerLog answers;
    private Tagger tagger;
    private final Object taggerLock = new Object();
    private Lexicon lexicon;
    private final Object lexiconLock = new Object();
    private Composer composer;
    private QuestionRewriter rewriter;
    private LanguageModel languageModel;
    private Prompts prompts;
    private Assistant assistant;
    private List<IngestResult> seeded = List.of();
    private final boolean seedNewLibrary;
    private final Map<String, String> env;
    private final Shared shared;
    private SentenceSplitter splitter;

    /**
     * Parts made once and shared by several roots in one process (the bench's libraries, the tests): the embedding
     * model (each root keeps its own embedder and cache of query vectors), the tagger, WordNet and the sentence
     * splitter. Null parts are made as usual.
     */
    public record Shared(Supplier<EmbeddingModel> model, Tagger tagger, Lexicon lexicon, SentenceSplitter splitter) {
        public static final Shared NONE = new Shared(null, null, null, null);
    }

    public Storybot(StorybotConfig config) {
        this(config, true);
    }

    /** @param seedNewLibrary whether a new, empty library gets the shipped stories (evaluations want none) */
    public Storybot(StorybotConfig config, boolean seedNewLibrary) {
        this(config, seedNewLibrary, System.getenv());
    }

    /** @param env the environment, where the language model's API key is read from (the variable llm.api-key-env names) */
    public Storybot(StorybotConfig config, boolean seedNewLibrary, Map<String, String> env) {
        this(config, seedNewLibrary, env, Shared.NONE);
    }

    public Storybot(StorybotConfig config, boolean seedNewLibrary, Map<String, String> env, Shared shared) {
        this.config = config;
        this.seedNewLibrary = seedNewLibrary;
        this.env = env;
        this.shared = shared;
    }

    public StorybotConfig config() {
        return config;
    }

    public ObjectMapper json() {
        return json;
    }

    public synchronized Embedder embedder() {
        if (embedder == null) {
            // a lambda, not a constructor reference: nothing of onnxruntime loads until the model is wanted
            embedder = new Embedder(shared.model() != null ? shared.model() : () -> new BgeSmallModel());
        }
        return embedder;
    }

    /** Loads the models a question needs while the library opens; only for commands that answer: {@link #close} waits. */
    public void preloadModels() {
        embedder().preload();
        Thread tagging = new Thread(() -> {
            tagger();
            lexicon();
        }, "tagger-loader");
        tagging.setDaemon(true);
        tagging.start();
    }

    /** The database (in the data folder, or the server store.url names), opened and migrated on first use; closed last. */
    public synchronized Database database() {
        if (database == null) {
            database = Stores.open(config.store(), config.dataDir(), env);
            opened.add(database);
        }
        return database;
    }

    synchronized SentenceSplitter splitter() {
        if (splitter == null) {
            splitter = shared.splitter() != null ? shared.splitter() : new SentenceSplitter();
        }
        return splitter;
    }

    /** The library, created on first use and then seeded with the shipped stories if it is new. */
    public synchronized Library library() {
        if (library == null) {
            library = Stores.library(config.store(), new StoryStore(database()), config.dataDir());
            opened.add(library);
            opened.add(database().listen(library::catchUp)); // what other processes sharing the store change
            ingestor = new Ingestor(new StoryReader(json, config.ingest().maxFileBytes()), new PageReader(json),
                    new StoryCleaner(splitter()), embedder(), library, database());
            if (seedNewLibrary) {
                seeded = ingestor.seedIfNew(config.storiesDir());
            }
        }
        return library;
    }

    /** What seeding a new library ingested, empty when the library was not new. */
    public synchronized List<IngestResult> seeded() {
        return seeded;
    }

    public synchronized Ingestor ingestor() {
        library();
        return ingestor;
    }

    /** Stories from links: each page fetched under the ingest settings' safety rules, then ingested. */
    public synchronized LinkIngestor links() {
        if (links == null) {
            links = new LinkIngestor(new PageFetcher(PageFetcher.Settings.of(config.ingest())), ingestor());
        }
        return links;
    }

    public synchronized HybridRetriever retriever() {
        if (retriever == null) {
            retriever = new HybridRetriever(library(), embedder());
        }
        return retriever;
    }

    /** Not synchronised on this: it may load on a background thread while the library opens. */
    public Tagger tagger() {
        synchronized (taggerLock) {
            if (tagger == null) {
                tagger = shared.tagger() != null ? shared.tagger() : new Tagger();
            }
            return tagger;
        }
    }

    /** WordNet, read once. Not synchronised on this: it may load on a background thread while the library opens. */
    public Lexicon lexicon() {
        synchronized (lexiconLock) {
            if (lexicon == null) {
                lexicon = shared.lexicon() != null ? shared.lexicon() : new Lexicon();
            }
            return lexicon;
        }
    }

    /** The composer the settings ask for: offline, or a language model behind the citation check, falling back offline. */
    public synchronized Composer composer() {
        if (composer == null) {
            OfflineComposer offline = new OfflineComposer(tagger(), lexicon(), embedder(), config.answer().minSupport());
            composer = usesLanguageModel()
                    ? new LanguageModelComposer(languageModel(), prompts(),
                            new GroundingCheck(splitter(), embedder()), offline)
                    : offline;
        }
        return composer;
    }

    /** How follow-ups are made to stand alone: by the language model if one is set, else by carrying names over. */
    public synchronized QuestionRewriter rewriter() {
        if (rewriter == null) {
            EntityCarryOver offline = new EntityCarryOver(tagger());
            rewriter = usesLanguageModel()
                    ? new LanguageModelRewriter(languageModel(), prompts(), offline, config.answer().maxQuestionChars())
                    : offline;
        }
        return rewriter;
    }

    private boolean usesLanguageModel() {
        return config.llm().provider() != LlmConfig.Provider.OFFLINE;
    }

    private synchronized LanguageModel languageModel() {
        if (languageModel == null) {
            languageModel = new LanguageModels(env).open(config.llm());
        }
        return languageModel;
    }

    /** The prompt templates, read and checked once; a missing file or placeholder stops start-up. */
    private synchronized Prompts prompts() {
        if (prompts == null) {
            prompts = Prompts.load(config.promptsDir());
        }
        return prompts;
    }

    /** The record of replies and votes; the one writer of the library's answer log. */
    public synchronized AnswerLog answers() {
        if (answers == null) {
            answers = new AnswerLog(database());
            opened.add(answers); // closed before the library: its last replies are written first
        }
        return answers;
    }

    public synchronized Assistant assistant() {
        if (assistant == null) {
            assistant = new Assistant(library(), retriever(), composer(), rewriter(), answers(), json,
                    ToolParts.of(this), new Assistant.Settings(config.answer().maxQuestionChars(), config.retrieval().passages(),
                            config.answer().conversationTurns()));
        }
        return assistant;
    }

    /** Sentences read ahead of questions, newest stories first: about 5 KB of heap each; the rest is read as met. */
    public static final int WARM_SENTENCES = 5000;

    /** Has the assistant read the library's stories ahead of questions, on a background thread stopped at close (see {@link WarmUp}). */
    public synchronized void warmUpInBackground() {
        opened.add(WarmUp.start(assistant(), WARM_SENTENCES)); // closed before the library and the store it reads
    }

    /** Closes what was opened, then waits for a background model load to end: the process may exit after this. */
    @Override
    public synchronized void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                System.err.println("storybot: error while closing: " + e.getMessage());
            }
        }
        opened.clear();
        if (embedder != null) {
            embedder.awaitPreload(); // exiting during onnxruntime's native set-up crashes the JVM
        }
    }
}
