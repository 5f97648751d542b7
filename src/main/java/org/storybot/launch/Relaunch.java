package org.storybot.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/storybot.jar COMMAND} run as the launcher runs it. Started that way, the
 * JVM has none of {@code config/jvm.options} (the small heap and serial collector, the one-shot
 * commands' C1 compiler) nor the launcher's class-data archive, and a cold ask took 2.9 s against
 * 1.4 s through the launcher. So a jar started directly, outside the launcher, starts storybot again
 * in a child process with the options the launcher would give (its own JVM options and
 * STORYBOT_JAVA_OPTS after them), hands it this terminal, waits, and exits with its code: 1.6 s for
 * the same ask (five runs each, taking turns, 2026-12-03). The child sees the storybot folder set,
 * so it never starts another. A signal that ends this process ends the child first.
 *
 * <p>Not for {@code bench}, which chooses its own heap and collector, nor when the options file is
 * not beside the jar (a jar copied elsewhere), nor when the child cannot be started: storybot then
 * runs in this process, as before.
 */
public final class Relaunch {

    /** How long a signal to this process waits for the child to finish before it is killed. */
    private static final long STOP_WAIT_SECONDS = 30;

    private Relaunch() {
    }

    /** Runs storybot in a child process when this one is a jar started directly; its exit code, or empty to run here. */
    public static OptionalInt asTheLauncherWould(String[] args, Map<String, String> env) {
        if (System.getProperty("storybot.home") != null) {
            return OptionalInt.empty(); // started by the launcher, the bench, or a relaunch
        }
        Optional<Path> jar = JavaCommand.codeSource(Relaunch.class).filter(JavaCommand::isJar);
        Optional<Path> home = jar.flatMap(Relaunch::homeOf);
        List<String> arguments = List.of(args);
        if (home.isEmpty() || JavaCommand.commandNamed(arguments).equals("bench")) {
            return OptionalInt.empty();
        }
        List<String> caller = new ArrayList<>(JavaCommand.archiveOptions(jar.get()));
        caller.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        caller.addAll(JavaCommand.environmentOptions(env));
        try {
            ProcessBuilder builder = JavaCommand.process(home.get(), caller, List.of("-jar", jar.get().toString()), arguments);
            return OptionalInt.of(run(builder.inheritIO().start()));
        } catch (IOException | RuntimeException e) {
            System.err.println("storybot: could not start with the options of config/jvm.options (" + e.getMessage()
                    + "); running without them");
            return OptionalInt.empty();
        }
    }

    private static int run(Process child) {
        Thread stop = new Thread(() -> {
            child.destroy(); // SIGTERM: the child closes its library as it would at a signal of its own
            try {
                if (!child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "storybot-child-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // nothing here interrupts this thread; the child's end is what it waits for
            }
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        return code;
    }

    /** The storybot folder of a jar: the folder with {@code config/jvm.options}, the jar's own or the one above it (target/). */
    static Optional<Path> homeOf(Path jar) {
        Path dir = jar.toAbsolutePath().getParent();
        for (int up = 0; up < 2 && dir != null; up++, dir = dir.getParent()) {
            if (Files.isReadable(JavaCommand.optionsFile(dir))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
