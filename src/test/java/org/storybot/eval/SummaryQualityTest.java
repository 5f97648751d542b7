package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.Summarizer;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** Offline summaries beat Lead-3 on the 20 real CNN articles, scored in the same run. */
@Tag("quality") // summarises 20 CNN articles from ../shared
class SummaryQualityTest {

    @TempDir
    Path dir;

    @Test
    void should_beat_lead3_on_rouge1_rouge2_and_rougelsum() throws Exception {
        Path file = SharedData.require("data/summaries.json");
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            SummaryEvaluation.Result r = new SummaryEvaluation(t.library, t.ingestor, TestLibrary.cleaner(),
                    new Summarizer(Models.embedder())).run(file, TestLibrary.JSON, "CNN");

            assertThat(r.articles()).isEqualTo(20);
            assertThat(r.lead3().rouge1()).as("Lead-3 as measured with rouge-score").isBetween(32.0, 34.0);
            assertThat(r.storybot().rouge1()).isGreaterThan(r.lead3().rouge1());
            assertThat(r.storybot().rouge2()).isGreaterThan(r.lead3().rouge2());
            assertThat(r.storybot().rougeLsum()).isGreaterThan(r.lead3().rougeLsum());
        }
    }
}
