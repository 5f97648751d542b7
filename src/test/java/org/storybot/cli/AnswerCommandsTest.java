package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;

/** ask, summarize, chat and start as a user runs them, offline, on the shipped story. */
class AnswerCommandsTest {

    @TempDir
    Path dir;

    private String dataDir() {
        return "--data-dir=" + dir.resolve("data");
    }

    @Test
    void should_print_one_json_line_with_the_answer_and_its_citations() throws Exception {
        Cli.Run run = Cli.run("ask", dataDir(), "--json", "Who turned down the resignation?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(line.get("question").asText()).isEqualTo("Who turned down the resignation?");
        assertThat(line.get("status").asText()).isEqualTo("answered");
        assertThat(line.get("answer").asText()).startsWith("The President [1]");
        JsonNode citation = line.get("citations").get(0);
        assertThat(citation.get("marker").asInt()).isEqualTo(1);
        assertThat(citation.get("story").asText()).isEqualTo("sessions-offered-resignation");
        assertThat(citation.get("title").asText()).isEqualTo("Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks");
        assertThat(citation.get("paragraph").asInt()).isEqualTo(1);
        assertThat(citation.get("quote").asText()).isEqualTo("The President allegedly turned down the Attorney General’s offer.");
        assertThat(citation.get("text").asText()).contains(citation.get("quote").asText());
        assertThat(line.get("latency_ms").isNumber()).isTrue();
    }

    @Test
    void should_show_the_abstention_text_the_user_sees() throws Exception {
        Cli.Run run = Cli.run("ask", dataDir(), "--json", "What is the capital of France?");

        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(run.exitCode()).isZero();
        assertThat(line.get("status").asText()).isEqualTo("abstained");
        assertThat(line.get("answer").asText()).contains("never mention “France”", "What the stories do say nearby");
        assertThat(line.get("citations")).hasSize(2);
    }

    @Test
    void should_exit_non_zero_when_its_single_question_is_rejected() throws Exception {
        Cli.Run empty = Cli.run("ask", dataDir(), "--json", " ");
        Cli.Run tooLong = Cli.run("ask", dataDir(), "x".repeat(501));

        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(TestLibrary.JSON.readTree(empty.out().strip()).get("status").asText()).isEqualTo("rejected");
        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.out()).contains("at most 500 characters");
    }

    @Test
    void should_answer_each_line_of_standard_input_on_its_own_or_as_one_conversation() throws Exception {
        String lines = "Which newspaper reported on the feud?\nWho were its reporters?\n";
        List<String> separate = Cli.run(Map.of(), lines, "ask", dataDir(), "--json").out().strip().lines().toList();
        List<String> together = Cli.run(Map.of(), lines, "ask", dataDir(), "--json", "--conversation").out().strip()
                .lines().toList();

        assertThat(separate).hasSize(2);
        assertThat(together).hasSize(2);
        // "its" is the newspaper of the turn before: the answer names the Times' reporters
        assertThat(TestLibrary.JSON.readTree(together.get(1)).get("answer").asText()).startsWith("Peter Baker and Maggie Haberman");
        // on its own, the same line is asked as it stands (AssistantTest checks what each was read as)
        assertThat(TestLibrary.JSON.readTree(separate.get(1)).get("question").asText()).isEqualTo("Who were its reporters?");
        assertThat(TestLibrary.JSON.readTree(separate.get(0)).get("answer").asText()).startsWith("The New York Times");
    }

    @Test
    void should_summarise_within_the_length_asked_for() throws Exception {
        Cli.Run run = Cli.run("summarize", dataDir(), "--json", "--length", "short");
        Cli.Run bad = Cli.run("summarize", dataDir(), "--length", "huge");

        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(line.get("story").asText()).isEqualTo("sessions-offered-resignation");
        assertThat(line.get("length").asText()).isEqualTo("short");
        assertThat(line.get("words").asInt()).isBetween(1, 60);
        assertThat(line.get("citations")).isNotEmpty();
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--length must be short, medium or long");
    }

    @Test
    void should_hold_a_console_conversation_with_the_discord_commands() {
        String session = "/help\nWho turned down the resignation?\n/sources\n/summary short\n/stories\n/nonsense\n/quit\n"
                + "never read\n";
        Cli.Run run = Cli.run(Map.of(), session, "chat", dataDir());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("/summary [short|medium|long]")
                .contains("The President [1]")
                .contains("Insiders who were briefed on a discussion between President Trump")
                .contains("(short summary,")
                .contains("sessions-offered-resignation")
                .contains("Unknown command /nonsense")
                .doesNotContain("never read");
    }

    @Test
    void should_run_the_quick_start_demo_offline() {
        Cli.Run run = Cli.run("start", dataDir());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 story in the library", "Q: Who turned down the resignation?",
                "The President [1]", "Sources:");
    }
}
