package org.storybot.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.storybot.embedding.Embedder;
import org.storybot.retrieval.Evidence;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.store.ParagraphKey;

/**
 * Recall@1 and @3 of the gold paragraph, within its story and across the whole library, for the
 * hybrid retriever and, in the same run, plain BM25 and plain dense baselines.
 */
public final class RetrievalEvaluation {

    /** Recall of one method in one scope. */
    public record Recall(String method, String scope, int questions, double at1, double at3) {
    }

    private final Library library;
    private final Embedder embedder;
    private final HybridRetriever retriever;

    public RetrievalEvaluation(Library library, Embedder embedder, HybridRetriever retriever) {
        this.library = library;
        this.embedder = embedder;
        this.retriever = retriever;
    }

    public List<Recall> evaluate(QaSet set, Map<String, int[]> numbering) {
        Map<String, BiFunction<String, String, List<ParagraphKey>>> methods = new LinkedHashMap<>();
        methods.put("hybrid (storybot)", (q, story) -> retriever.retrieve(q, story, 3).paragraphs().stream()
                .map(Evidence::paragraph).map(p -> p.key()).toList());
        methods.put("BM25 paragraphs", (q, story) -> retriever.wordsOnly(q, story, 3));
        methods.put("dense paragraphs", (q, story) -> retriever.meaningOnly(q, story, 3));

        List<Recall> recalls = new ArrayList<>();
        for (String scope : List.of("within story", "across library")) {
            for (var method : methods.entrySet()) {
                int n = 0;
                int at1 = 0;
                int at3 = 0;
                for (QaSet.Context context : set.contexts()) {
                    for (QaSet.Question q : context.questions()) {
                        if (q.unanswerable() || q.paragraphIndex() < 0) {
                            continue;
                        }
                        ParagraphKey gold = new ParagraphKey(context.id(), numbering.get(context.id())[q.paragraphIndex()]);
                        List<ParagraphKey> found = method.getValue().apply(q.question(),
                                scope.startsWith("within") ? context.id() : null);
                        n++;
                        if (!found.isEmpty() && found.get(0).equals(gold)) {
                            at1++;
                        }
                        if (found.stream().limit(3).anyMatch(gold::equals)) {
                            at3++;
                        }
                    }
                }
                recalls.add(new Recall(method.getKey(), scope, n, n == 0 ? 0 : (double) at1 / n, n == 0 ? 0 : (double) at3 / n));
            }
        }
        return recalls;
    }
}
