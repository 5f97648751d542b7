package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.JavaProcess;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * A command that turns its input away exits at once with 1 and says why, in a real JVM of its own:
 * it never starts loading the embedding model (a JVM that exits while onnxruntime sets the model up
 * dies of a SIGSEGV, exit 134, about every other run), and it never crashes.
 */
@Tag("subprocess")
class QuickExitTest {

    private static final String MAIN = "org.storybot.cli.Main";
    private static final String EMPTY = "Please ask a question about the stories";
    private static final String NOT_WORDS = "That does not look like a question";

    @TempDir
    Path dir;

    private record Refusal(List<String> args, String message) {
    }

    @Test
    void should_let_a_model_load_it_started_finish_before_the_process_exits() throws Exception {
        // given: a library already holding the shipped story
        Path data = seededLibrary();
        for (int run = 0; run < 5; run++) {
            Path output = dir.resolve("stdin-" + run + ".log");

            // when: `ask` starts loading the model for the questions it will read, and reads none
            Process p = JavaProcess.start(List.of("-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true"), MAIN,
                    List.of("--data-dir=" + data, "ask"), output, Map.of());
            p.getOutputStream().close();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("run %d finished", run).isTrue();

            // then: it exits cleanly, not in the middle of the model's native set-up
            String printed = Files.readString(output);
            assertThat(p.exitValue()).as("run %d: %s", run, printed).isZero();
            assertThat(printed).doesNotContain("SIGSEGV", "fatal error");
        }
    }

    @Test
    void should_exit_with_1_and_say_why_without_loading_the_model_when_the_question_is_rejected() throws Exception {
        // given: a library already holding the shipped story (so nothing is seeded, which needs the model)
        Path data = seededLibrary();
        String dataDir = "--data-dir=" + data;
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            refusals.add(new Refusal(List.of(dataDir, "ask", ""), EMPTY));
            refusals.add(new Refusal(List.of(dataDir, "ask", "???"), NOT_WORDS));
        }
        refusals.add(new Refusal(List.of(dataDir, "ask", "why ".repeat(200)), "Questions can be at most 500 characters"));
        refusals.add(new Refusal(List.of(dataDir, "ask", "--story", "nope", "Who turned down the resignation?"),
                "No story has the id “nope”"));

        for (int run = 0; run < refusals.size(); run++) {
            Refusal refusal = refusals.get(run);
            Path output = dir.resolve("run-" + run + ".log");
            Path classes = dir.resolve("run-" + run + ".classes");

            // when: each runs as its own process, logging the classes it loads
            Process p = JavaProcess.start(List.of("-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true",
                    "-Xlog:class+load=info:file=" + classes), MAIN, refusal.args(), output, Map.of());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("run %d finished", run).isTrue();

            // then: exit 1 with the reason, no crash, and the model's native runtime never touched
            String printed = Files.readString(output);
            assertThat(p.exitValue()).as("run %d: %s", run, printed).isEqualTo(1);
            assertThat(printed).contains(refusal.message()).doesNotContain("SIGSEGV", "fatal error", "Exception");
            assertThat(Files.readString(classes)).as("run %d loaded onnxruntime", run).doesNotContain("ai.onnxruntime");
        }
    }

    /** A library with the shipped story in it, marked as seeded. */
    private Path seededLibrary() {
        Path data = dir.resolve("data");
        try (TestLibrary library = new TestLibrary(data)) {
            library.ingestor.seedIfNew(SharedData.seedStory().getParent());
        }
        return data;
    }
}
