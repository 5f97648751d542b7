package org.storybot.bench;

import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.storybot.store.Folders;
import org.storybot.chat.Question;
import org.storybot.eval.QaStories;
import org.storybot.ingest.IngestResult;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import org.storybot.story.RawArticle;
import org.storybot.story.Story;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;

/**
 * Measures storybot on the machine at hand, in one run: libraries of growing size (the seed story;
 * the seed and the 2017 politics articles; synthetic libraries of real sentences re-mixed), and at
 * each the cold start of a fresh process, warm latencies, memory and many askers at once; ingest
 * with real embeddings; and search beside LangChain4j's stock retrieval. Every library lives in a
 * temporary folder that is deleted afterwards.
 */
public final class Bench {

    private static final long SEED = 2017;
    private static final int WARM_UP = 100;
    private static final int SUMMARY_STORIES = 10;
    static final int COLD_EXTRA_QUESTIONS = 20;

    private final CoreParts parts;
    private final BenchOptions options;
    private final Consumer<String> progress;

    public Bench(CoreParts parts, BenchOptions options, Consumer<String> progress) {
        this.parts = parts;
        this.options = options;
        this.progress = progress;
    }

    public BenchReport run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        parts.model();
        double modelSeconds = seconds(start);
        SharedCorpora corpora = SharedCorpora.read(options.sharedDir(), parts.json(), options.maxParagraphs());
        Path root = Files.createTempDirectory(Files.createDirectories(options.workDir()), "storybot-bench-");
        try {
            return run(corpora, root, modelSeconds);
        } finally {
            Folders.delete(root);
        }
    }

    private BenchReport run(SharedCorpora corpora, Path root, double modelSeconds) throws IOException, InterruptedException {
        List<String> questions = corpora.questions();
        SentencePool pool = new SentencePool();
        List<BenchReport.LibraryFigures> libraries = new ArrayList<>();

        progress.accept("seed story: ingesting");
        libraries.add(measure("seed story", false, root.resolve("seed"), questions, lib -> {
            lib.ingestor.seedIfNew(options.storiesDir());
            return counts(lib, null);
        }));

        BenchReport.Ingest[] ingest = new BenchReport.Ingest[1];
        progress.accept("seed + politics_2017.json: ingesting with real embeddings");
        libraries.add(measure("seed + 2017 politics", false, root.resolve("politics"), questions, lib -> {
            lib.ingestor.seedIfNew(options.storiesDir());
            ingest[0] = ingestPolitics(lib, corpora);
            return counts(lib, pool);
        }));

        progress.accept("baseline: loading the SQuAD contexts");
        BenchReport.Baseline baseline = baseline(corpora, root.resolve("squad"), questions, pool);

        for (int size : options.syntheticSizes()) {
            String name = String.format(Locale.ROOT, "%,d paragraphs", size);
            progress.accept(name + ": building from " + pool.size() + " real sentences");
            SyntheticLibrary synthetic = new SyntheticLibrary(pool, SEED + size);
            libraries.add(measure(name, true, root.resolve("synthetic-" + size), questions, lib -> {
                lib.ingestor.seedIfNew(options.storiesDir());
                int seeded = lib.library.paragraphCount();
                Counts seed = counts(lib, null);
                SyntheticLibrary.Added added = synthetic.fill(lib.library, Math.max(0, size - seeded),
                        p -> progress.accept(name + ": " + p));
                return new Counts(seed.stories() + added.stories(), seed.paragraphs() + added.paragraphs(),
                        seed.sentences() + added.sentences());
            }));
        }

        BenchReport.Machine machine = BenchReport.Machine.here(modelSeconds, options);
        List<BenchReport.Target> targets = new Targets(options).evaluate(libraries, ingest[0], baseline);
        return new BenchReport(machine, libraries, ingest[0], baseline, targets,
                BenchNotes.of(options, corpora, pool, questions, libraries));
    }

    /** Builds a library, then measures it: a fresh process first (it needs the library closed), then this one. */
    private BenchReport.LibraryFigures measure(String name, boolean synthetic, Path dir, List<String> questions,
            Builder builder) throws IOException, InterruptedException {
        Counts counts;
        double buildSeconds;
        try (BenchLibrary lib = BenchLibrary.open(dir, parts)) {
            long start = System.nanoTime();
            counts = builder.build(lib);
            buildSeconds = seconds(start);
        }
        progress.accept(name + ": cold starts");
        BenchReport.ColdStartFigures cold = ColdStart.figures(options, dir, questions);

        progress.accept(name + ": warm latencies");
        long opening = System.nanoTime();
        try (BenchLibrary lib = BenchLibrary.open(dir, parts)) {
            double openSeconds = seconds(opening);
            QuestionPool pool = new QuestionPool(questions, SEED);
            for (int i = 0; i < Math.min(WARM_UP, options.samples()); i++) {
                lib.retriever.retrieve(pool.next().text(), null, searchHits());
                lib.assistant.ask(new Question(pool.next().text(), null, null, "bench", null));
            }
            BenchReport.Operation search = timed(pool, q -> {
                lib.retriever.retrieve(q, null, searchHits());
                return null;
            });
            BenchReport.Operation ask = timed(pool, q ->
                    lib.assistant.ask(new Question(q, null, null, "bench", null)).status());
            // The model alone, uncached, on further questions: the share of search and ask that is embedding the query.
            BenchReport.Operation embedQuery = timed(pool, q -> {
                lib.embedder.model().embed(q);
                return null;
            });
            List<String> storyIds = lib.spread(SUMMARY_STORIES);
            BenchReport.Operation firstSummary = lib.summaries(storyIds, storyIds.size());
            BenchReport.Operation summarize = lib.summaries(storyIds, Math.max(10, options.samples() / 5));

            MemoryUsage heap = ProcessMemory.heapAfterGc();
            Long rss = ProcessMemory.ownRss();
            long storeBytes = ProcessMemory.bytesOnDisk(dir);

            progress.accept(name + ": " + options.askers() + " askers for " + options.concurrency().toSeconds() + " s");
            BenchReport.Concurrency concurrency = new ParallelAskers(lib.assistant, pool)
                    .run(options.askers(), options.concurrency());
            return new BenchReport.LibraryFigures(name, synthetic, counts.stories(), counts.paragraphs(), counts.sentences(),
                    buildSeconds, openSeconds, storeBytes, rss, heap.getUsed(), cold, search, ask, embedQuery, firstSummary,
                    summarize, concurrency);
        } finally {
            Folders.delete(dir);
        }
    }

    private interface Builder {
        Counts build(BenchLibrary lib) throws IOException;
    }

    private record Counts(int stories, int paragraphs, int sentences) {
    }

    /** What a real library holds, its stories' sentences added to {@code pool} when one is given. */
    private static Counts counts(BenchLibrary lib, SentencePool pool) {
        int paragraphs = 0;
        int sentences = 0;
        List<StoryInfo> stories = lib.library.stories();
        for (StoryInfo info : stories) {
            StoredStory story = lib.library.storedStory(info.id()).orElseThrow();
            paragraphs += story.paragraphs().size();
            sentences += story.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
            if (pool != null) {
                pool.add(story);
            }
        }
        return new Counts(stories.size(), paragraphs, sentences);
    }

    static BenchReport.Ingest ingestPolitics(BenchLibrary lib, SharedCorpora corpora) throws IOException {
        long start = System.nanoTime();
        List<Story> stories;
        try {
            stories = SharedCorpora.upTo(lib.ingestor.parse(corpora.politics), s -> s.paragraphs().size(),
                    corpora.maxParagraphs());
        } catch (StoryFormatException e) {
            throw new IOException(corpora.politics + ": " + e.getMessage(), e);
        }
        int paragraphs = 0;
        int sentences = 0;
        for (Story story : stories) {
            IngestResult result = lib.ingestor.save(corpora.politics.toString(), story);
            if (result.failed()) {
                throw new IOException("could not ingest " + story.id() + ": " + result.error());
            }
            paragraphs += story.paragraphs().size();
            sentences += story.sentenceCount();
        }
        double seconds = seconds(start);
        return new BenchReport.Ingest(corpora.politics.getFileName().toString(), stories.size(), paragraphs, sentences,
                seconds, paragraphs / seconds, sentences / seconds);
    }

    private BenchReport.Baseline baseline(SharedCorpora corpora, Path dir, List<String> questions, SentencePool pool)
            throws IOException {
        try (BenchLibrary lib = BenchLibrary.open(dir, parts)) {
            StoryCleaner cleaner = new StoryCleaner(parts.splitter());
            Map<String, int[]> numbering;
            try {
                numbering = QaStories.load(corpora.qa, cleaner, lib.ingestor);
            } catch (StoryFormatException e) {
                throw new IOException("qa.json: " + e.getMessage(), e);
            }
            counts(lib, pool);
            progress.accept("baseline: " + Math.min(corpora.qa.answerableCount(), options.maxBaselineQuestions())
                    + " answerable questions, ours and LangChain4j's");
            BenchReport.Baseline result = new BaselineComparison(lib, parts.model(), new QuestionPool(questions, SEED))
                    .run(corpora.qa, numbering, options.maxBaselineQuestions());
            progress.accept("summaries.json: embedding its sentences for the synthetic libraries");
            int n = 0;
            for (RawArticle article : corpora.summaryArticles) {
                try {
                    Story story = cleaner.clean(article, "summary-" + (++n));
                    pool.add(story, lib.ingestor.embed(story));
                } catch (StoryFormatException e) {
                    progress.accept("summaries.json: article " + n + " skipped: " + e.getMessage());
                }
            }
            return result;
        } finally {
            Folders.delete(dir);
        }
    }

    private interface Operation {
        /** Runs the operation on one question; returns the outcome to count, or null. */
        String on(String question);
    }

    private BenchReport.Operation timed(QuestionPool pool, Operation operation) {
        QuestionPool.Tally tally = new QuestionPool.Tally();
        List<Double> ms = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < options.samples(); i++) {
            QuestionPool.Draw draw = pool.next();
            tally.add(draw);
            long start = System.nanoTime();
            String outcome = operation.on(draw.text());
            ms.add((System.nanoTime() - start) / 1e6);
            if (outcome != null) {
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        QuestionPool.Reuse reuse = tally.reuse();
        return new BenchReport.Operation(LatencySummary.of(ms), reuse.repeated(), reuse.nearestRepeatGap(),
                outcomes.isEmpty() ? null : outcomes);
    }

    private int searchHits() {
        return parts.config().retrieval().searchHits();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
