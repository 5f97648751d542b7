package org.storybot.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** What the bench's report says about how it measured. */
final class BenchNotes {

    private BenchNotes() {
    }

    /** The notes printed under the figures: how the libraries, questions and processes were made. */
    static List<String> of(BenchOptions options, SharedCorpora corpora, SentencePool pool, List<String> questions,
            List<BenchReport.LibraryFigures> libraries) {
        List<String> notes = new ArrayList<>();
        if (!options.syntheticSizes().isEmpty()) {
            notes.add(String.format(Locale.ROOT, "Synthetic libraries hold the seed story plus stories re-mixed from %,d real "
                    + "sentences of %d real articles (2017 politics, SQuAD contexts, summaries.json): each story as long "
                    + "as a random real story, each paragraph as many sentences as a random real paragraph, each sentence "
                    + "a random real one from any article. Nothing is embedded for them: sentences reuse their real "
                    + "embeddings plus Gaussian noise (sigma %.2f per dimension, cosine about 0.98 to the original), and a "
                    + "paragraph's vector is the mean of its sentences' plus the same noise. They are saved story by story "
                    + "with Library.save, as ingest saves, and the index is compacted at the end, as ingest does after a run.",
                    pool.size(), pool.stories(), SyntheticLibrary.NOISE));
        }
        boolean repeats = libraries.stream().anyMatch(l -> l.search().repeatedQuestions() > 0 || l.ask().repeatedQuestions() > 0);
        notes.add(String.format(Locale.ROOT, "Questions: %,d distinct real ones (%d about the seed story, the rest from "
                + "qa.json, answerable or not) in a fixed shuffled rotation. Each library is opened with an empty cache of "
                + "query vectors; search and ask at one size %s. The %d askers cycle through the same rotation, so a "
                + "question comes back only after all %,d others.", new LinkedHashSet<>(questions).size(),
                SharedCorpora.SEED_QUESTIONS.size(), repeats ? "repeat some questions (see repeated)"
                        : "never repeat a question (no answer comes from a cached query vector)",
                options.askers(), new LinkedHashSet<>(questions).size() - 1));
        notes.add("Most qa.json questions are about other stories than the seed or politics ones, so in those libraries "
                + "asks mostly abstain (outcomes are counted); an abstention retrieves and composes as an answer does.");
        notes.add("Cold start: a fresh `storybot ask --json` process on the library (" + options.launcher().shown()
                + "), from launch to its printed answer to \"" + SharedCorpora.SEED_QUESTIONS.get(0) + "\"; it then answers "
                + Bench.COLD_EXTRA_QUESTIONS + " more and its RSS is read from /proc (now and peak). Median of "
                + options.coldRuns() + " runs.");
        notes.add("RSS (bench) is this bench process after a full GC with the library open: it also holds the model, the "
                + "tagger and whatever earlier sizes left. RSS (fresh) is the fresh ask process above: storybot with just "
                + "that library loaded.");
        if (corpora.maxParagraphs() > 0) {
            notes.add("Real corpora were cut to about " + corpora.maxParagraphs() + " paragraphs each (--max-paragraphs): "
                    + "a check of the bench, not a measurement.");
        }
        return notes;
    }
}
