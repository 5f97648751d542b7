package org.storybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fresh processes get the JVM options the launcher gives them: the file's for all, and its lines for the command started. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void should_start_the_process_with_the_files_options_then_the_callers_then_the_privacy_switches() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/jvm.options"), """
                # every process
                -Xmx256m
                [ask quote] -XX:TieredStopAtLevel=1 -XX:+UseSerialGC   # answers once
                [ask]
                """);
        Launcher launcher = Launcher.classPath("classes", "org.storybot.cli.Main", home, List.of("-Xmx1g"));

        List<String> ask = launcher.builder(List.of("--data-dir", "/x", "ask", "who?")).command();
        assertThat(ask.subList(1, ask.size())).containsExactly("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dstorybot.home=" + home, "-Xmx1g", "-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true",
                "-cp", "classes", "org.storybot.cli.Main", "--data-dir", "/x", "ask", "who?");
        assertThat(launcher.builder(List.of("discord")).command()).doesNotContain("-XX:TieredStopAtLevel=1", "");
    }
}
