package org.storybot.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM options of config/jvm.options, for every process and for the command started, as the launcher reads them. */
class JavaCommandTest {

    /** The storybot folder: the tests run in it. */
    private static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void should_compile_with_c1_alone_for_a_command_that_answers_once_and_both_compilers_for_one_that_keeps_running() {
        assertThat(JavaCommand.fileOptions(HOME, "ask")).contains("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dh2.maxCompactTime=0", "-DOPT_OUT_TRACKING=true");
        assertThat(JavaCommand.fileOptions(HOME, "summarize")).contains("-XX:TieredStopAtLevel=1");
        for (String running : List.of("discord", "start", "chat", "ingest", "eval")) {
            assertThat(JavaCommand.fileOptions(HOME, running)).as(running).contains("-Xmx256m").doesNotContain("-XX:TieredStopAtLevel=1", "-Dh2.maxCompactTime=0");
        }
    }

    @Test
    void should_find_the_command_after_the_options_before_it_as_the_launcher_does() {
        assertThat(JavaCommand.commandNamed(List.of("--data-dir", "/srv/library", "ask", "--json"))).isEqualTo("ask");
        assertThat(JavaCommand.commandNamed(List.of("--config=/etc/storybot.yaml", "stories"))).isEqualTo("stories");
        assertThat(JavaCommand.commandNamed(List.of("--config", "ask", "discord"))).isEqualTo("discord");
        assertThat(JavaCommand.commandNamed(List.of())).isEqualTo("start");
    }

    @Test
    void should_use_the_class_data_archive_beside_the_jar_only_when_it_is_as_new_as_the_jar() throws Exception {
        Path jar = Files.writeString(dir.resolve("storybot.jar"), "jar");
        assertThat(JavaCommand.archiveOptions(jar)).as("no archive").isEmpty();
        Path archive = Files.writeString(dir.resolve("storybot.jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 5000));
        assertThat(JavaCommand.archiveOptions(jar)).as("an archive older than the jar").isEmpty();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertThat(JavaCommand.archiveOptions(jar)).containsExactly("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    }
}
