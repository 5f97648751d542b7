package org.storybot.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar storybot.jar} started directly runs storybot with the options of
 * config/jvm.options, as the launcher would. The jar here is made by the test: the entry point and
 * this package in it, the rest of this run's class path named in its manifest.
 */
class RelaunchTest {

    @TempDir
    Path dir;

    @Test
    void should_find_the_storybot_folder_beside_the_jar_or_above_it_and_nowhere_else() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/jvm.options"), "-Xmx256m\n");
        assertThat(Relaunch.homeOf(home.resolve("target/storybot.jar"))).contains(home);
        assertThat(Relaunch.homeOf(home.resolve("storybot.jar"))).contains(home);
        assertThat(Relaunch.homeOf(dir.resolve("elsewhere/storybot.jar"))).as("a jar copied away").isEmpty();
        assertThat(Relaunch.homeOf(home.resolve("target/deeper/storybot.jar"))).isEmpty();
    }

    @Test
    @Tag("subprocess") // two JVMs of their own
    void should_run_a_jar_started_directly_with_the_files_options_and_exit_with_its_code() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/jvm.options"), """
                -Xmx200m
                -XX:+UseSerialGC
                [stories] -XX:+PrintCommandLineFlags
                """);
        Path jar = jar(home.resolve("target/storybot.jar"));

        Run stories = run(jar, "--data-dir", dir.resolve("data").toString(), "stories");
        assertThat(stories.code()).as(stories.output()).isZero();
        assertThat(stories.output()).as("the JVM's flags, printed by the option the file gives `stories`")
                .contains("-XX:MaxHeapSize=209715200").contains("-XX:+UseSerialGC");

        Run unknown = run(jar, "--data-dir", dir.resolve("data").toString(), "no-such-command");
        assertThat(unknown.code()).as("picocli's usage error, passed on").isEqualTo(2);
        assertThat(unknown.output()).contains("no-such-command").doesNotContain("-XX:MaxHeapSize");
    }

    private record Run(int code, String output) {
    }

    private static Run run(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("STORYBOT_JAVA_OPTS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    /** A jar with storybot's entry point and this package, and this run's class path in its manifest for the rest. */
    private static Path jar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Path classes = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.storybot.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> all = Files.walk(classes)) {
            for (Path c : all.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(c).toString().replace(File.separatorChar, '/');
                if (name.startsWith("org/storybot/launch/") || name.equals("org/storybot/cli/Main.class")) {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(c));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
