package org.storybot.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storybot.launch.JavaCommand;

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
        options.addAll(JavaCommand.archiveOptions(jar));
        return new Launcher(home, options, List.of("-jar", jar.toString()), shown(options) + "-jar " + jar);
    }

    /** {@code java OPTIONS -cp CLASSPATH MAIN}, for code that runs from a classes folder (a development build, the tests). */
    public static Launcher classPath(String classPath, String mainClass, Path home, List<String> javaOptions) {
        return new Launcher(home, javaOptions, List.of("-cp", classPath, mainClass),
                shown(javaOptions) + "-cp (this run's class path) " + mainClass);
    }

    private static String shown(List<String> javaOptions) {
        return "java (config/jvm.options) " + String.join(" ", javaOptions) + " ";
    }

    /** The process for storybot's arguments {@code args}, with the options the file gives the command they name. */
    ProcessBuilder builder(List<String> args) {
        ProcessBuilder pb = JavaCommand.process(home, javaOptions, code, args);
        pb.environment().put("STORYBOT_LLM_PROVIDER", "offline");
        return pb;
    }
}
