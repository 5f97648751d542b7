package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.Summarizer;
import org.storybot.answer.SummaryLength;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * Offline summaries of the real CNN and XSum articles of ../shared at the word budgets of short and
 * medium, beside the first 60 and 150 words of each article scored in the same run. What is held
 * here: every summary within its budget, and short CNN summaries above the articles' first 60 words
 * on all three measures over the 20 articles (half of them the tuning half; the README gives the
 * held-out half, where the lead is not beaten).
 */
@Tag("quality") // summarises 30 articles from ../shared
class SummaryQualityTest {

    @TempDir
    Path dir;

    @Test
    void should_stay_within_budget_and_beat_the_first_60_words_on_cnn() throws Exception {
        Path file = SharedData.require("data/summaries.json");
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            SummaryEvaluation.Result r = new SummaryEvaluation(t.library, t.ingestor, TestLibrary.cleaner(),
                    new Summarizer(Models.embedder())).run(file, TestLibrary.JSON);

            assertThat(r.row("CNN", "all", SummaryLength.SHORT).articles()).isEqualTo(20);
            assertThat(r.row("XSum", "all", SummaryLength.SHORT).articles()).isEqualTo(10);
            for (String dataset : SummaryEvaluation.DATASETS) {
                for (SummaryLength length : SummaryEvaluation.LENGTHS) {
                    SummaryEvaluation.Row row = r.row(dataset, "all", length);
                    assertThat(row.storybotWords()).as(SummaryEvaluation.format(row)).isBetween(length.maxWords() * 0.6,
                            (double) length.maxWords());
                }
            }
            SummaryEvaluation.Row cnn = r.row("CNN", "all", SummaryLength.SHORT);
            assertThat(cnn.storybot().rouge1()).as(SummaryEvaluation.format(cnn)).isGreaterThan(cnn.lead().rouge1());
            assertThat(cnn.storybot().rouge2()).as(SummaryEvaluation.format(cnn)).isGreaterThan(cnn.lead().rouge2());
            assertThat(cnn.storybot().rougeLsum()).as(SummaryEvaluation.format(cnn)).isGreaterThan(cnn.lead().rougeLsum());
        }
    }
}
