package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.store.BotProcess;
import org.storybot.store.BotProcesses;
import org.storybot.store.Database;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;

/** storybot status on the embedded library, which it can read only while no bot holds it. */
class StatusCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_list_no_process_when_no_bot_runs_on_the_library() throws Exception {
        Cli.Run text = Cli.run("--data-dir", dir.toString(), "status");
        Cli.Run json = Cli.run("--data-dir", dir.toString(), "status", "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("No bot process is running on this library.");
        JsonNode status = TestLibrary.JSON.readTree(json.out());
        assertThat(status.path("processes")).isEmpty();
        assertThat(status.path("library").asText()).isEqualTo(dir.toString());
    }

    @Test
    void should_show_a_process_that_stopped_without_closing_as_stale() throws Exception {
        try (Database database = Database.open(dir)) {
            BotProcess killed = BotProcess.current(List.of(0, 1), 2, "", Duration.ofSeconds(15));
            new BotProcesses(database).beat(killed);
            try (var c = database.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE bot_process SET heartbeat_at = heartbeat_at - INTERVAL '2' MINUTE");
            }
        }

        Cli.Run text = Cli.run("--data-dir", dir.toString(), "status");
        JsonNode process = TestLibrary.JSON.readTree(Cli.run("--data-dir", dir.toString(), "status", "--json").out())
                .path("processes").path(0);

        assertThat(text.out()).contains("shards 0, 1 of 2").contains("STALE: no heartbeat for over 45 s");
        assertThat(process.path("shards").toString()).isEqualTo("[0,1]");
        assertThat(process.path("stale").asBoolean()).isTrue();
        assertThat(process.path("heartbeat_age_seconds").asDouble()).isGreaterThanOrEqualTo(120);
        assertThat(process.path("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
    }
}
