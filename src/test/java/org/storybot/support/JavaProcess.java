package org.storybot.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts storybot (or another main class) in a separate JVM on this test run's class path. */
public final class JavaProcess {

    private JavaProcess() {
    }

    public static ProcessBuilder builder(List<String> jvmOptions, String mainClass, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (log != null) {
            pb.redirectOutput(log.toFile());
        }
        return pb;
    }

    public static Process start(List<String> jvmOptions, String mainClass, List<String> args, Path log,
            Map<String, String> envChanges) throws IOException {
        ProcessBuilder pb = builder(jvmOptions, mainClass, args, log);
        envChanges.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        return pb.start();
    }

    public static String classPathSeparator() {
        return File.pathSeparator;
    }
}
