package org.storybot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a fresh storybot process, as the {@code storybot} launcher would: with the JVM
 * options of {@code config/jvm.options} (memory settings and privacy switches), those it passes on
 * from {@code STORYBOT_JAVA_OPTS}, the storybot folder for settings and prompts, and answers
 * composed offline whatever the settings say.
 *
 * @param command the java command up to the storybot arguments
 * @param shown how the command is described in the report
 */
public record Launcher(List<String> command, String shown) {

    public Launcher {
        command = List.copyOf(command);
    }

    /**
     * {@code java OPTIONS -jar JAR}, with the class-data archive the {@code storybot} launcher makes
     * beside the jar when there is one for this build.
     */
    public static Launcher jar(Path jar, Path home, List<String> javaOptions) {
        List<String> options = new ArrayList<>(javaOptions);
        Path archive = jar.resolveSibling("storybot.jsa");
        if (isNewer(archive, jar)) {
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xshare:auto");
        }
        List<String> command = javaCommand(home, options);
        command.add("-jar");
        command.add(jar.toString());
        return new Launcher(command, shown(options) + "-jar " + jar);
    }

    private static boolean isNewer(Path file, Path than) {
        try {
            return Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code java OPTIONS -cp CLASSPATH MAIN}, for code that runs from a classes folder (a development build, the tests). */
    public static Launcher classPath(String classPath, String mainClass, Path home, List<String> javaOptions) {
        List<String> command = javaCommand(home, javaOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        return new Launcher(command, shown(javaOptions) + "-cp (this run's class path) " + mainClass);
    }

    private static String shown(List<String> javaOptions) {
        return "java (config/jvm.options) " + String.join(" ", javaOptions) + " ";
    }

    private static List<String> javaCommand(Path home, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options(home));
        command.add("-Dstorybot.home=" + home);
        command.addAll(javaOptions); // after the file's, as the launcher passes them: later options win
        command.add("-DOPT_OUT_TRACKING=true"); // and last of all, as the launcher does, the privacy switches
        command.add("-Dai.djl.offline=true");
        return command;
    }

    /** The options of {@code config/jvm.options}, one a line, without comments and blank lines. */
    static List<String> options(Path home) {
        Path file = home.resolve("config").resolve("jvm.options");
        try {
            return Files.readAllLines(file).stream().map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JVM options in " + file + ": " + e.getMessage(), e);
        }
    }

    ProcessBuilder builder(List<String> args) {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(all);
        pb.environment().put("OPT_OUT_TRACKING", "true");
        pb.environment().put("STORYBOT_LLM_PROVIDER", "offline");
        return pb;
    }
}
