package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** storybot people and the console's /people as a user runs them, offline, on the shipped story. */
class PeopleCommandTest {

    @TempDir
    Path dir;

    private String dataDir() {
        return "--data-dir=" + dir.resolve("data");
    }

    @Test
    void should_print_one_json_line_of_people_with_roles_mentions_and_citations() throws Exception {
        Cli.Run run = Cli.run("people", dataDir(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(line.has("topic")).isFalse();
        assertThat(line.get("stories").get(0).asText()).isEqualTo("sessions-offered-resignation");
        JsonNode christie = null;
        for (JsonNode p : line.get("people")) {
            if (p.get("name").asText().equals("Chris Christie")) {
                christie = p;
            }
            assertThat(p.get("mentions").asInt()).isPositive();
            assertThat(p.get("citations").size()).isPositive();
        }
        assertThat(christie).isNotNull();
        assertThat(christie.get("role").asText()).isEqualTo("Governor");
        JsonNode citation = christie.get("citations").get(0);
        assertThat(citation.get("marker").asInt()).isEqualTo(1);
        assertThat(citation.get("story").asText()).isEqualTo("sessions-offered-resignation");
        assertThat(citation.get("title").asText()).isEqualTo("Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks");
        assertThat(citation.get("paragraph").asInt()).isEqualTo(9);
        assertThat(citation.get("text").asText()).contains(citation.get("quote").asText());
        JsonNode bill = null;
        for (JsonNode p : line.get("people")) {
            bill = p.get("name").asText().equals("Peter Baker") ? p : bill;
        }
        assertThat(bill.get("role").asText()).isEqualTo("journalist");
    }

    @Test
    void should_read_a_topic_and_say_so_in_the_json() throws Exception {
        Cli.Run run = Cli.run("people", dataDir(), "--topic", "the opioid task force", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(line.get("topic").asText()).isEqualTo("the opioid task force");
        assertThat(line.get("people").get(0).get("name").asText()).isIn("Jeff Sessions", "Trump");
    }

    @Test
    void should_print_a_line_a_person_and_refuse_an_unknown_story() throws Exception {
        Cli.Run text = Cli.run("people", dataDir());
        Cli.Run unknown = Cli.run("people", dataDir(), "--story", "no-such-story");
        Cli.Run both = Cli.run("people", dataDir(), "--story", "a", "--topic", "b");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("People in 1 story (sessions-offered-resignation):")
                .contains("\nJeff Sessions, Attorney General: ").contains("\nJanet Reno, then-Attorney General: 1 mention (paragraph 5)");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no-such-story");
        assertThat(both.exitCode()).isNotZero();
    }

    @Test
    void should_list_the_people_in_the_console() throws Exception {
        Cli.Run run = Cli.run(Map.of(), "/help\n/people\n/quit\n", "chat", dataDir());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("/people [story-id or topic]").contains("Sean Spicer, Press Secretary: 1 mention (paragraph 7)");
    }

    @Test
    @Tag("corpus") // ingests the 22 articles of ../shared
    void should_print_the_counts_of_who_is_who_on_a_corpus() throws Exception {
        Path politics = SharedData.require("data/politics_2017.json");
        Cli.Run run = Cli.run("eval-people", dataDir(), politics.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("allsides-BZvljbLGp3vKQGC0").contains("Haider al-Abadi (Iraqi Prime Minister)")
                .containsPattern("22 articles: \\d{3} people listed");
    }
}
