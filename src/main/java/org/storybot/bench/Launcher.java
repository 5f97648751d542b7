package org.storybot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to start a fresh storybot process, as the {@code storybot} launcher would: with the JVM
 * options of {@code config/jvm.options} (memory settings and privacy switches, and those the file
 * gives the command started), those it passes on from {@code STORYBOT_JAVA_OPTS}, the storybot
 * folder for settings and prompts, and answers composed offline whatever the settings say.
 *
 * @param home the storybot folder, whose {@code config/jvm.options} is read
 * @param javaOptions options for every process, after the file's (later options win)
 * @param code what runs: {@code -jar JAR} or {@code -cp CLASSPATH MAIN}
 * @param shown how the command is described in the report
 */
public record Launcher(Path home, List<String> javaOptions, List<String> code, String shown) {

    /** A line "[COMMAND ...] OPTIONS" of the options file: options for those commands only. */
    private static final Pattern FOR_COMMANDS = Pattern.compile("\\[([^]]*)]\\s*(.*)");

    public Launcher {
        javaOptions = List.copyOf(javaOptions);
        code = List.copyOf(code);
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
        return new Launcher(home, options, List.of("-jar", jar.toString()), shown(options) + "-jar " + jar);
    }

    /** {@code java OPTIONS -cp CLASSPATH MAIN}, for code that runs from a classes folder (a development build, the tests). */
    public static Launcher classPath(String classPath, String mainClass, Path home, List<String> javaOptions) {
        return new Launcher(home, javaOptions, List.of("-cp", classPath, mainClass),
                shown(javaOptions) + "-cp (this run's class path) " + mainClass);
    }

    private static boolean isNewer(Path file, Path than) {
        try {
            return Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String shown(List<String> javaOptions) {
        return "java (config/jvm.options) " + String.join(" ", javaOptions) + " ";
    }

    /** The process for storybot's arguments {@code args}, with the options the file gives the command they name. */
    ProcessBuilder builder(List<String> args) {
        List<String> all = new ArrayList<>();
        all.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        all.addAll(options(home, commandNamed(args)));
        all.add("-Dstorybot.home=" + home);
        all.addAll(javaOptions); // after the file's, as the launcher passes them: later options win
        all.add("-DOPT_OUT_TRACKING=true"); // and last of all, as the launcher does, the privacy switches
        all.add("-Dai.djl.offline=true");
        all.addAll(code);
        all.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(all);
        pb.environment().put("OPT_OUT_TRACKING", "true");
        pb.environment().put("STORYBOT_LLM_PROVIDER", "offline");
        return pb;
    }

    /** The command storybot's arguments name, as the launcher finds it: the first that is no option nor an option's value. */
    static String commandNamed(List<String> args) {
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
    static List<String> options(Path home, String command) {
        Path file = home.resolve("config").resolve("jvm.options");
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
}
