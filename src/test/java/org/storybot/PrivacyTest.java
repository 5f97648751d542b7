package org.storybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.GuardedMain;
import org.storybot.support.JavaProcess;

/**
 * The embedding tokenizer's library tries to report usage to a cloud metadata address
 * (169.254.169.254) on first load. A storybot process started with no opt-out of its own, under a
 * guard that records every connection to anything but loopback, must attempt none. The same model
 * loaded without the opt-out must be caught, or this test could not fail.
 */
@Tag("subprocess") // starts guarded JVMs that load the embedding model
class PrivacyTest {

    @TempDir
    Path dir;

    @Test
    void should_never_open_a_connection_off_this_machine_when_searching() throws Exception {
        Path attempts = dir.resolve("connections.txt");
        Process storybot = guarded(attempts, "org.storybot.cli.Main",
                "--data-dir=" + dir.resolve("data"), "search", "who turned down the resignation");

        assertThat(storybot.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(storybot.exitValue()).as(Files.readString(dir.resolve("process.log"))).isZero();
        assertThat(Files.readString(dir.resolve("process.log"))).contains("turned down");
        assertThat(Files.exists(attempts) ? Files.readString(attempts) : "").as("connections off this machine").isEmpty();
    }

    @Test
    void should_catch_the_phone_home_of_a_model_loaded_without_opt_out() throws Exception {
        Path attempts = dir.resolve("connections.txt");
        Process probe = guarded(attempts, LoadModelWithoutOptOut.class.getName());

        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(attempts)).contains("169.254.169.254");
    }

    private Process guarded(Path attempts, String mainClass, String... args) throws Exception {
        List<String> arguments = new ArrayList<>();
        arguments.add(mainClass);
        arguments.addAll(List.of(args));
        Map<String, String> env = new HashMap<>();
        env.put("OPT_OUT_TRACKING", null); // the process must protect itself
        return JavaProcess.start(List.of("-Djava.security.manager=allow", "-Dguard.log=" + attempts),
                GuardedMain.class.getName(), arguments, dir.resolve("process.log"), env);
    }

    /** Loads the model the way a careless program would. */
    public static final class LoadModelWithoutOptOut {
        public static void main(String[] args) {
            new org.storybot.embedding.BgeSmallModel().embed("hello");
        }
    }
}
