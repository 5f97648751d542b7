package org.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.eval.QaSet;
import org.storybot.eval.RetrievalEvaluation;
import org.storybot.eval.RetrievalEvaluation.Recall;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** The retrieval targets on the real SQuAD 2.0 sample, beside the baselines of the same run. */
class RetrievalQualityTest {

    @TempDir
    Path dir;

    @Test
    void should_find_the_gold_paragraph_as_the_targets_require() throws Exception {
        QaSet set = QaSet.read(SharedData.require("data/qa.json"), TestLibrary.JSON);
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            RetrievalEvaluation evaluation = new RetrievalEvaluation(t.library, t.ingestor, TestLibrary.cleaner(),
                    Models.embedder(), t.retriever());
            Map<String, int[]> numbering = evaluation.load(set);
            assertThat(numbering.values()).allSatisfy(n -> assertThat(n).doesNotContain(-1));
            List<Recall> recalls = evaluation.evaluate(set, numbering);

            Recall within = find(recalls, "hybrid (storybot)", "within story");
            Recall across = find(recalls, "hybrid (storybot)", "across library");
            assertThat(within.questions()).isEqualTo(set.answerableCount());
            assertThat(within.at1()).isGreaterThanOrEqualTo(0.90);
            assertThat(within.at3()).isGreaterThanOrEqualTo(0.99);
            assertThat(across.at1()).isGreaterThanOrEqualTo(0.87);
            assertThat(across.at3()).isGreaterThanOrEqualTo(0.97);
            for (String baseline : List.of("BM25 paragraphs", "dense paragraphs")) {
                assertThat(within.at1()).isGreaterThan(find(recalls, baseline, "within story").at1());
                assertThat(across.at1()).isGreaterThan(find(recalls, baseline, "across library").at1());
            }
        }
    }

    private static Recall find(List<Recall> recalls, String method, String scope) {
        return recalls.stream().filter(r -> r.method().equals(method) && r.scope().equals(scope)).findFirst().orElseThrow();
    }
}
