package org.storybot.launch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The java command line of a storybot process, as the {@code storybot} launcher builds it: the
 * options of {@code config/jvm.options} (for every process, and those its lines give the command
 * named), the storybot folder, the caller's own options (later options win), and last of all the
 * privacy switches, so that nothing turns them off. The launcher (bash) reads the file by the same
 * rules (LauncherScriptTest holds the two to the same answers); the bench's processes and a jar
 * started directly ({@link Relaunch}) get their options here.
 */
public final class JavaCommand {

    /** The embedding tokenizer's library must never phone home: passed last to every process. */
    public static final List<String> PRIVACY = List.of("-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true");
    /** The class-data archive the launcher makes beside the jar (see the launcher). */
    static final String ARCHIVE = "storybot.jsa";
    /** A line "[COMMAND ...] OPTIONS" of the options file: options for those commands only. */
    private static final Pattern FOR_COMMANDS = Pattern.compile("\\[([^]]*)]\\s*(.*)");

    private JavaCommand() {
    }

    /**
     * The whole command: {@code java}, the file's options for the command {@code args} name, the
     * storybot folder, {@code callerOptions}, the privacy switches, {@code code} ({@code -jar JAR} or
     * {@code -cp PATH MAIN}) and {@code args}.
     */
    public static List<String> line(Path home, List<String> callerOptions, List<String> code, List<String> args) {
        List<String> all = new ArrayList<>();
        all.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        all.addAll(fileOptions(home, commandNamed(args)));
        all.add("-Dstorybot.home=" + home);
        all.addAll(callerOptions);
        all.addAll(PRIVACY);
        all.addAll(code);
        all.addAll(args);
        return all;
    }

    /** {@link #line} as a process, with the tracking opt-out in its environment as well (the launcher exports it too). */
    public static ProcessBuilder process(Path home, List<String> callerOptions, List<String> code, List<String> args) {
        ProcessBuilder process = new ProcessBuilder(line(home, callerOptions, code, args));
        process.environment().put("OPT_OUT_TRACKING", "true");
        return process;
    }

    /** The JVM options {@code STORYBOT_JAVA_OPTS} adds, as the launcher passes them on: split at white space; none when unset. */
    public static List<String> environmentOptions(Map<String, String> env) {
        String options = env.getOrDefault("STORYBOT_JAVA_OPTS", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** Where {@code code} was loaded from: storybot's jar, or a classes folder (a development build, the tests); empty if unknown. */
    public static Optional<Path> codeSource(Class<?> code) {
        try {
            return Optional.of(Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code path} is a jar file. */
    public static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    /** The options that use the launcher's class-data archive beside {@code jar}, when it is there and as new as the jar. */
    public static List<String> archiveOptions(Path jar) {
        Path archive = jar.resolveSibling(ARCHIVE);
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
            }
        } catch (IOException e) {
            // no archive to use: the JVM loads the classes as usual
        }
        return List.of();
    }

    /** The command storybot's arguments name, as the launcher finds it: the first that is no option nor an option's value. */
    public static String commandNamed(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--config") || arg.equals("--data-dir")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "start";
    }

    /** The options of {@code config/jvm.options} for {@code command}, one a line, without comments and blank lines. */
    public static List<String> fileOptions(Path home, String command) {
        Path file = optionsFile(home);
        List<String> options = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String option = line.replaceFirst("#.*", "").strip();
                Matcher only = FOR_COMMANDS.matcher(option);
                if (!only.matches()) {
                    if (!option.isEmpty()) {
                        options.add(option);
                    }
                } else if (!only.group(2).isBlank() && Arrays.asList(only.group(1).strip().split("\\s+")).contains(command)) {
                    options.addAll(Arrays.asList(only.group(2).strip().split("\\s+")));
                }
            }
            return options;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JVM options in " + file + ": " + e.getMessage(), e);
        }
    }

    static Path optionsFile(Path home) {
        return home.resolve("config").resolve("jvm.options");
    }
}
