package org.storybot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.storybot.app.Storybot;
import org.storybot.bench.BenchWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The far side of `storybot bench --shared-store`, one process of its own: not for people to run. */
@Command(name = "bench-worker", hidden = true, description = "A process of the shared-store bench (started by it).")
final class BenchWorkerCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "askers or watch")
    String role;

    @Option(names = "--shared", description = "The shared data folder (askers: its questions).")
    Path shared;

    @Option(names = "--askers", defaultValue = "16")
    int askers;

    @Option(names = "--seconds", defaultValue = "10")
    int seconds;

    @Option(names = "--wait-seconds", defaultValue = "30", description = "watch: how long to search for one story.")
    int waitSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Storybot storybot = root.storybot();
        storybot.preloadModels();
        PrintWriter out = spec.commandLine().getOut();
        BenchWorker worker = new BenchWorker(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
        switch (role) {
            case "askers" -> worker.ask(storybot.assistant(), shared, storybot.json(), askers, Duration.ofSeconds(seconds));
            case "watch" -> worker.watch(storybot.retriever(), Duration.ofSeconds(waitSeconds));
            default -> throw new UserException("the role is askers or watch, not " + role);
        }
        return 0;
    }
}
