package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * `storybot eval-pages` on the 20 real news pages of Mozilla Readability's test suite
 * (../shared/data/web_pages), against the targets and, a little below them, the figures
 * the README records.
 */
@Tag("corpus") // ingests and embeds 20 pages: about a minute
class WebPagesQualityTest {

    @TempDir
    Path dir;

    @Test
    void should_extract_the_real_pages_within_the_targets() throws Exception {
        Path pages = SharedData.require("data/web_pages");

        Cli.Run run = Cli.run("eval-pages", "--data-dir=" + dir.resolve("data"), pages.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = TestLibrary.JSON.readTree(run.out());
        assertThat(r.get("page_count").asInt()).isEqualTo(20);
        assertThat(r.get("pages")).allSatisfy(p -> assertThat(p.get("error").isNull()).as(p.toString()).isTrue());
        assertThat(r.get("median_f1").asDouble()).isGreaterThanOrEqualTo(Math.max(PageEvaluation.TARGET_MEDIAN_F1, 0.97));
        assertThat(r.get("min_f1").asDouble()).isGreaterThanOrEqualTo(Math.max(PageEvaluation.TARGET_MIN_F1, 0.80));
        assertThat(r.get("titles_matched").asInt()).isGreaterThanOrEqualTo(19); // target 18 of 20
        assertThat(r.get("bylines_expected").asInt()).isEqualTo(17);
        assertThat(r.get("bylines_found").asInt()).isEqualTo(r.get("bylines_expected").asInt());
        assertThat(r.get("pages")).filteredOn(p -> p.get("page").asText().equals("webmd-1")).singleElement()
                .satisfies(p -> assertThat(p.get("authors").asText()).isEqualTo("Brenda Goodman"));
    }
}
