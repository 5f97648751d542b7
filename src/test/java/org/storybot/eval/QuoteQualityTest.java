package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.quote.QuoteCheck;
import org.storybot.quote.QuoteVerdict;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** The quote check's targets on quotations drawn from politics_2017.json, on the held-out (odd) half. */
@Tag("quality") // checks some 800 quotations against the 22 articles of ../shared
class QuoteQualityTest {

    @TempDir
    Path dir;

    @Test
    void should_meet_the_targets_on_the_held_out_half_of_the_2017_quotations() throws Exception {
        Path politics = SharedData.require("data/politics_2017.json");
        Path summaries = SharedData.require("data/summaries.json");
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            t.ingestor.ingestFile(politics);
            QuoteCheck check = new QuoteCheck(t.library, t.retriever(), t.root.tagger(), t.root.lexicon());
            QuoteProbes.Probes probes = QuoteProbes.read(politics, summaries, TestLibrary.JSON, TestLibrary.splitter());
            List<QuoteEvaluation.Outcome> outcomes = new QuoteEvaluation(check, t.library).run(probes);

            assertThat(probes.drawn()).hasSizeGreaterThan(200);
            assertThat(share(outcomes, "exact")).isGreaterThanOrEqualTo(0.90);
            assertThat(share(outcomes, "speaker")).isGreaterThanOrEqualTo(0.90);
            assertThat(share(outcomes, "changed")).isGreaterThanOrEqualTo(0.90);
            assertThat(share(outcomes, "invented")).isGreaterThanOrEqualTo(0.95);

            QuoteVerdict other = check.check("I believe I should recuse myself", "Patrick Leahy");
            assertThat(other).isInstanceOf(QuoteVerdict.Exact.class);
            assertThat(((QuoteVerdict.Exact) other).speakerCheck()).isEqualTo(QuoteVerdict.SpeakerCheck.OTHER);
            assertThat(((QuoteVerdict.Exact) other).speaker()).isEqualTo("Jeff Sessions");
        }
    }

    @Test
    void should_read_the_speaker_only_where_the_article_leaves_no_doubt() {
        assertThat(QuoteProbes.speaker(" Sessions said.")).isEqualTo("Sessions");
        assertThat(QuoteProbes.speaker(" said Jeff Sessions, adding")).isEqualTo("Jeff Sessions");
        assertThat(QuoteProbes.speaker(" he said.")).isNull();
        assertThat(QuoteProbes.speaker(" asked Democratic Sen. Patrick Leahy.")).isNull();
    }

    private static double share(List<QuoteEvaluation.Outcome> outcomes, String kind) {
        List<QuoteEvaluation.Outcome> held = outcomes.stream().filter(o -> o.kind().equals(kind) && !o.even()).toList();
        return held.stream().filter(QuoteEvaluation.Outcome::passed).count() / (double) held.size();
    }
}
