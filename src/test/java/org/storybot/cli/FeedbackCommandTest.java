package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.store.AnswerLog;
import org.storybot.store.AnswerRecord;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;

/** storybot feedback: what the votes on the bot's answers say, read from a real library. */
class FeedbackCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_print_counts_and_the_latest_downvoted_answers() {
        String dataDir = "--data-dir=" + dir.resolve("data");
        assertThat(Cli.run("ask", dataDir, "Who turned down the resignation?").exitCode()).isZero();
        assertThat(Cli.run("ask", dataDir, "Who offered to resign?").exitCode()).isZero();
        long turnedDown;
        try (TestLibrary library = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(library.database)) {
            AnswerRecord first = answers.find(1).orElseThrow();
            AnswerRecord second = answers.find(2).orElseThrow();
            assertThat(first.question()).isEqualTo("Who turned down the resignation?");
            turnedDown = first.id();
            assertThat(answers.vote(turnedDown, "member-1", -1)).isTrue();
            assertThat(answers.vote(second.id(), "member-2", 1)).isTrue();
        }

        Cli.Run run = Cli.run("feedback", dataDir);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("answers: 2 answered, 0 abstained, 0 rejected")
                .contains("votes:   1 👍, 1 👎")
                .contains("latest 👎:")
                .containsPattern("#" + turnedDown + "  \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  answered  channel cli")
                .contains("  Q: Who turned down the resignation?")
                .contains("  A: The President [1]");
        assertThat(run.out()).doesNotContain("Q: Who offered to resign?");
    }

    @Test
    void should_report_zero_on_a_library_without_answers() {
        Cli.Run run = Cli.run("feedback", "--data-dir=" + dir.resolve("data"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(String.format("answers: 0 answered, 0 abstained, 0 rejected%nvotes:   0 👍, 0 👎%n"));
    }
}
