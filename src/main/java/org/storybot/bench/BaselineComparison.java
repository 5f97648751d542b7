package org.storybot.bench;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storybot.eval.QaSet;
import org.storybot.retrieval.Evidence;
import org.storybot.store.ParagraphKey;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;

/**
 * storybot's search beside the retrieval LangChain4j gives out of the box: an
 * {@link InMemoryEmbeddingStore} of the same paragraphs, embedded by the same model, behind an
 * {@link EmbeddingStoreContentRetriever} returning the top 3. Both answer the answerable SQuAD
 * questions across all the question set's stories; a hit is the gold paragraph among the three.
 * The two are timed in turn on each question, so neither gets a quieter machine.
 */
final class BaselineComparison {

    private static final String STORY = "story";
    private static final String PARAGRAPH = "paragraph";
    private static final int TOP = 3;
    private static final int WARM_UP = 20;

    private final BenchLibrary ours;
    private final EmbeddingModel model;
    private final QuestionPool questions;

    BaselineComparison(BenchLibrary ours, EmbeddingModel model, QuestionPool questions) {
        this.ours = ours;
        this.model = model;
        this.questions = questions;
    }

    BenchReport.Baseline run(QaSet set, Map<String, int[]> numbering, int maxQuestions) {
        int paragraphs = 0;
        List<TextSegment> segments = new ArrayList<>();
        for (StoryInfo info : ours.library.stories()) {
            StoredStory story = ours.library.storedStory(info.id()).orElseThrow();
            for (StoredParagraph p : story.paragraphs()) {
                segments.add(TextSegment.from(p.text(), Metadata.from(STORY, story.id()).put(PARAGRAPH, p.number())));
                paragraphs++;
            }
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<Embedding> embeddings = model.embedAll(segments).content();
        store.addAll(embeddings, segments);
        ContentRetriever baseline = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store).embeddingModel(model).maxResults(TOP).build();

        List<Asked> asked = new ArrayList<>();
        for (QaSet.Context context : set.contexts()) {
            int[] numbers = numbering.get(context.id());
            for (QaSet.Question q : context.questions()) {
                if (!q.unanswerable() && q.paragraphIndex() >= 0 && numbers != null && numbers[q.paragraphIndex()] > 0) {
                    asked.add(new Asked(q.question(), new ParagraphKey(context.id(), numbers[q.paragraphIndex()])));
                }
            }
        }
        List<Asked> measured = asked.subList(0, Math.min(asked.size(), maxQuestions));
        // Warm both on questions that are not measured (the unanswerable ones), so neither pays for the JIT.
        set.contexts().stream().flatMap(c -> c.questions().stream()).filter(QaSet.Question::unanswerable)
                .limit(WARM_UP).forEach(q -> {
                    questions.use(q.question());
                    ours.retriever.retrieve(q.question(), null, TOP);
                    baseline.retrieve(Query.from(q.question()));
                });

        int oursHits = 0;
        int baselineHits = 0;
        List<Double> oursMs = new ArrayList<>();
        List<Double> baselineMs = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Asked a = measured.get(i);
            questions.use(a.question());
            boolean oursFirst = i % 2 == 0;
            if (oursFirst) {
                oursHits += oursFinds(a, oursMs) ? 1 : 0;
            }
            baselineHits += baselineFinds(baseline, a, baselineMs) ? 1 : 0;
            if (!oursFirst) {
                oursHits += oursFinds(a, oursMs) ? 1 : 0;
            }
        }
        int n = measured.size();
        double oursRecall = n == 0 ? 0 : (double) oursHits / n;
        double baselineRecall = n == 0 ? 0 : (double) baselineHits / n;
        LatencySummary oursLatency = LatencySummary.of(oursMs);
        LatencySummary baselineLatency = LatencySummary.of(baselineMs);
        return new BenchReport.Baseline(
                "LangChain4j InMemoryEmbeddingStore + EmbeddingStoreContentRetriever (top 3, the same bge-small-en-v1.5 model, "
                        + "no query instruction, as it comes) against storybot's hybrid search (top 3), answerable SQuAD "
                        + "questions across all the set's stories",
                n, set.contexts().size(), paragraphs, oursRecall, baselineRecall, oursLatency, baselineLatency,
                ratio(oursRecall, baselineRecall), ratio(oursLatency.p50Ms(), baselineLatency.p50Ms()),
                ratio(oursLatency.p95Ms(), baselineLatency.p95Ms()));
    }

    private record Asked(String question, ParagraphKey gold) {
    }

    private boolean oursFinds(Asked a, List<Double> ms) {
        long start = System.nanoTime();
        List<Evidence> found = ours.retriever.retrieve(a.question(), null, TOP).paragraphs();
        ms.add((System.nanoTime() - start) / 1e6);
        return found.stream().limit(TOP).anyMatch(e -> e.paragraph().key().equals(a.gold()));
    }

    private static boolean baselineFinds(ContentRetriever baseline, Asked a, List<Double> ms) {
        long start = System.nanoTime();
        List<Content> found = baseline.retrieve(Query.from(a.question()));
        ms.add((System.nanoTime() - start) / 1e6);
        return found.stream().limit(TOP).map(Content::textSegment).filter(Objects::nonNull).anyMatch(s ->
                a.gold().storyId().equals(s.metadata().getString(STORY))
                        && Integer.valueOf(a.gold().number()).equals(s.metadata().getInteger(PARAGRAPH)));
    }

    private static double ratio(double ours, double baseline) {
        return baseline == 0 ? 0 : ours / baseline;
    }
}
