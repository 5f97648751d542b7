package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;

/** storybot timeline as a user runs it, on the shipped story (which has no date: its relative dates stay as stated). */
class TimelineCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_print_one_json_line_of_events_with_citations() throws Exception {
        Cli.Run run = Cli.run("timeline", "--data-dir=" + dir.resolve("data"), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(line.get("story").asText()).isEqualTo("sessions-offered-resignation");
        JsonNode march = null;
        for (JsonNode e : line.get("events")) {
            assertThat(e.get("date").isNull()).isTrue();
            assertThat(e.get("citations")).isNotEmpty();
            if (e.get("as_stated").asText().equals("in March of this year")) {
                march = e;
            }
        }
        assertThat(march).isNotNull();
        JsonNode citation = march.get("citations").get(0);
        assertThat(citation.get("story").asText()).isEqualTo("sessions-offered-resignation");
        assertThat(citation.get("text").asText()).contains(citation.get("quote").asText());
        assertThat(march.get("text").asText()).contains("in March of this year");
    }

    @Test
    void should_draw_the_timeline_in_the_console_as_on_the_command_line() {
        Cli.Run console = Cli.run(java.util.Map.of(), "/help\n/timeline\n/timeline zebra migration\n/quit\n", "chat",
                "--data-dir=" + dir.resolve("data"));
        Cli.Run plain = Cli.run("timeline", "--data-dir=" + dir.resolve("data"));

        assertThat(console.exitCode()).as(console.err()).isZero();
        assertThat(plain.out()).startsWith("Timeline of “Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks”:")
                .contains("(undated) “in March of this year” — ").contains("Sources:");
        assertThat(console.out()).contains("/timeline [story-id or topic]").contains(plain.out().strip())
                .contains("No story mentions “zebra migration”.");
    }

    @Test
    void should_refuse_a_topic_no_story_names() throws Exception {
        Cli.Run run = Cli.run("timeline", "--data-dir=" + dir.resolve("data"), "--topic", "zebra migration");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("No story mentions “zebra migration”.");
    }
}
