package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;

/**
 * storybot compare and the console's /compare as a user runs them: three outlets' reports of one
 * harbour vote (test resource compare/harbour-vote.json: one gives another tally, one credits another
 * person with the same words, one alone quotes the harbour master), two of a bakery fire a year
 * before, and the shipped story.
 */
class CompareCommandTest {

    @TempDir
    Path dir;

    private String dataDir() {
        return "--data-dir=" + dir.resolve("data");
    }

    @BeforeEach
    void ingest() throws Exception {
        Path file = dir.resolve("harbour-vote.json");
        try (InputStream in = CompareCommandTest.class.getResourceAsStream("/compare/harbour-vote.json")) {
            Files.copy(in, file);
        }
        Cli.Run run = Cli.run("ingest", dataDir(), file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void should_print_one_json_line_with_the_event_its_outlets_and_what_they_report() throws Exception {
        Cli.Run run = Cli.run("compare", dataDir(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(line.get("groups")).hasSize(2); // the harbour vote, then the bakery fire; the shipped story is alone
        assertThat(line.get("alone").asInt()).isEqualTo(1);
        assertThat(ids(line.get("groups").get(1).get("stories"))).containsExactlyInAnyOrder("bakery-fire", "echo-bakery");
        JsonNode group = line.get("groups").get(0);
        assertThat(ids(group.get("stories"))).containsExactlyInAnyOrder("gazette-vote", "herald-vote", "wire-vote");
        assertThat(group.get("outlets").findValuesAsText("lean")).contains("Center", "Lean Left");

        assertThat(group.get("shared")).isNotEmpty();
        JsonNode berths = find(group.get("shared"), "deep-water berths");
        assertThat(ids(berths.get("citations").findValues("story"))).contains("gazette-vote", "herald-vote", "wire-vote");
        for (JsonNode c : berths.get("citations")) {
            assertThat(c.get("text").asText()).contains(c.get("quote").asText());
        }

        JsonNode okafor = find(group.get("only"), "Ines Okafor");
        assertThat(okafor.get("story").asText()).isEqualTo("gazette-vote");
        assertThat(okafor.get("citations").get(0).get("paragraph").asInt()).isEqualTo(5);
        assertThat(group.get("only").findValuesAsText("text")).noneMatch(t -> t.contains("deep-water berths"));

        JsonNode tally = find(group.get("differ"), "7-2");
        assertThat(tally.get("text").asText()).startsWith("A number (vote)").contains("6-3")
                .contains("The Coastal Gazette (lean: Center)").contains("Port Ellis Herald (lean: Lean Left)");
        assertThat(ids(tally.get("citations").findValues("story"))).containsExactly("gazette-vote", "herald-vote");

        // who called it a turning point: one name in another's place, and so not a fact most outlets report
        JsonNode who = find(group.get("differ"), "Alan Reyes");
        assertThat(who.get("text").asText()).startsWith("A name: ").contains("Mayor Tom Brennan called the vote");
        assertThat(group.get("shared").findValuesAsText("text")).noneMatch(t -> t.contains("turning point"));
    }

    @Test
    void should_compare_one_story_with_the_others_of_its_event_and_say_when_none_covers_it() throws Exception {
        JsonNode vote = TestLibrary.JSON.readTree(Cli.run("compare", dataDir(), "--story", "wire-vote", "--json").out().strip());
        assertThat(vote.get("story").asText()).isEqualTo("wire-vote");
        assertThat(ids(vote.get("groups").get(0).get("stories"))).hasSize(3);

        Cli.Run seed = Cli.run("compare", dataDir(), "--story", "sessions-offered-resignation");
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        assertThat(seed.out()).contains("no other story covers this event").doesNotContain("Reported by most");

        Cli.Run unknown = Cli.run("compare", dataDir(), "--story", "no-such-story");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("No story has the id “no-such-story”");
    }

    @Test
    void should_show_the_same_comparison_in_the_console_as_on_the_command_line() {
        Cli.Run plain = Cli.run("compare", dataDir());
        Cli.Run console = Cli.run(Map.of(), "/help\n/compare\n/quit\n", "chat", dataDir());

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).startsWith("Coverage across the library: 2 events; 1 story no other covers.")
                .contains("Event 1 — 3 stories:", "The Coastal Gazette (lean: Center), 2024-03-14", "North Sea Wire, 2024-03-14",
                        "Reported by most:", "Only The Coastal Gazette (lean: Center):", "Where they differ:", "Sources:");
        assertThat(console.exitCode()).as(console.err()).isZero();
        assertThat(console.out()).contains("/compare [story-id or topic]").contains(plain.out().strip());
    }

    private static JsonNode find(JsonNode items, String words) {
        for (JsonNode item : items) {
            if (item.get("text").asText().contains(words)) {
                return item;
            }
        }
        throw new AssertionError("no item says “" + words + "” in " + items);
    }

    private static List<String> ids(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }
}
