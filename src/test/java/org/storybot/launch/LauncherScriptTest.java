package org.storybot.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (bash) and {@link JavaCommand} each read config/jvm.options and find the
 * command in the arguments: the same rules written twice. This holds them to the same answers, on
 * a copy of the script in a folder of its own with an options file of every kind of line.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;

    @Test
    void should_give_each_command_the_options_the_java_side_gives_it() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("config"));
        Path script = Files.copy(Path.of("storybot"), home.resolve("storybot"));
        Files.writeString(home.resolve("config/jvm.options"), """
                # every process
                -Dsome.switch=true
                   -Xmx256m   \s
                -XX:+UseSerialGC # the collector

                [ask quote] -XX:TieredStopAtLevel=1 -Dh2.maxCompactTime=0   # answers once
                [discord start]
                [chat]    -Dchat.only=yes
                """);

        for (List<String> args : List.<List<String>>of(List.of("ask", "who?"), List.of("--data-dir", "/srv/ask", "quote", "x"),
                List.of("--config=/etc/storybot.yaml", "chat"), List.of("--config", "ask", "discord"), List.of(),
                List.of("ingest", "ask"), List.of("--json"))) {
            List<String> expected = new ArrayList<>(JavaCommand.fileOptions(home, JavaCommand.commandNamed(args)));
            expected.add("-Dstorybot.home=" + home.toRealPath());
            assertThat(shown(script, args)).as("the launcher's options for %s", args).isEqualTo(expected);
        }
    }

    private static List<String> shown(Path script, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("STORYBOT_LAUNCHER_SHOW_OPTIONS", "1");
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
