package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.storybot.bench.Bench;
import org.storybot.bench.BenchOptions;
import org.storybot.bench.BenchReport;
import org.storybot.bench.BenchText;
import org.storybot.bench.CoreParts;
import org.storybot.store.Folders;
import org.storybot.bench.Launcher;
import org.storybot.launch.JavaCommand;
import org.storybot.bench.SharedStoreBench;
import org.storybot.bench.SharedStoreReport;
import org.storybot.bench.SharedStoreText;
import org.storybot.bench.Soak;
import org.storybot.bench.SoakReport;
import org.storybot.bench.SoakText;
import org.storybot.config.StoreConfig;
import org.storybot.story.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
    "Measures speed, scale and staying up on this machine, in one run, beside the performance targets:",
    "ingest, cold start, warm latencies, memory and 16 parallel askers on libraries of growing size",
    "(up to 100,000 paragraphs), and search beside LangChain4j's stock retrieval. Takes 10 to 20 minutes.",
    "Libraries are made in temporary folders and deleted afterwards; your library is not touched.",
    "With --soak N, instead sends N questions mixed with bad input through the core and checks it stays up."})
final class BenchCommand implements Callable<Integer> {

    private static final int ASKERS = 16;

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--quick", description = "Skip the 100,000-paragraph library and run the askers for 5 s instead of 30 s.")
    boolean quick;

    @Option(names = "--soak", paramLabel = "N", description = "Send N questions, real ones and bad input, through the core; "
            + "exit 1 on any unhandled error.")
    Integer soak;

    @Option(names = "--shared-store", description = "Instead, measure PostgreSQL beside H2 on a throwaway server of the "
            + "installed binaries (STORYBOT_PG_BIN): ingest, askers in two processes at once, how soon one process sees "
            + "another's story, and a server restart under load.")
    boolean sharedStore;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "Folder with data/politics_2017.json, data/qa.json and data/summaries.json "
                    + "(default: ../shared beside the storybot folder).")
    Path shared;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the temporary libraries are made (default: the system's temporary folder; "
                    + "100,000 paragraphs take about 1.4 GB).")
    Path workDir;

    @Option(names = "--sizes", split = ",", hidden = true, description = "Paragraphs of the synthetic libraries.")
    List<Integer> sizes;

    @Option(names = "--seconds", hidden = true, description = "Seconds the parallel askers ask.")
    Integer seconds;

    @Option(names = "--samples", hidden = true, description = "Questions per warm latency measurement.")
    Integer samples;

    @Option(names = "--cold-runs", hidden = true, description = "Fresh processes per library.")
    Integer coldRuns;

    @Option(names = "--max-paragraphs", hidden = true, description = "Take only about this many paragraphs of each real corpus.")
    Integer maxParagraphs;

    @Option(names = "--baseline-questions", hidden = true, description = "At most this many questions in the baseline comparison.")
    Integer baselineQuestions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (soak != null && soak < 1) {
            throw new UserException("--soak needs a number of questions of at least 1");
        }
        Storybot storybot = root.storybot();
        Path home = Home.find(root.env());
        Path sharedDir = (shared != null ? shared : home.resolve("../shared")).toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory(Files.createDirectories(workDir != null ? workDir
                : Path.of(System.getProperty("java.io.tmpdir"))), "storybot-bench-");
        Thread cleanUp = new Thread(() -> deleteQuietly(scratch), "storybot-bench-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp); // Ctrl+C in the middle of a run leaves no library behind
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        CoreParts parts = new CoreParts(storybot.embedder(), storybot.tagger(), storybot.lexicon(), new SentenceSplitter(), storybot.json(),
                storybot.config().withStore(StoreConfig.EMBEDDED)); // the bench's libraries are scratch ones of its own
        try {
            if (soak != null) {
                SoakReport report = new Soak(parts, sharedDir, storybot.config().storiesDir(), scratch,
                        maxParagraphs != null ? maxParagraphs : 0, progress(err))
                        .run(soak);
                print(report, out, storybot, () -> new SoakText(out).print(report));
                return report.failed() ? 1 : 0;
            }
            if (sharedStore) {
                SharedStoreReport report = new SharedStoreBench(parts, options(home, sharedDir, scratch, storybot),
                        progress(err)).run();
                print(report, out, storybot, () -> new SharedStoreText(out).print(report));
                return 0;
            }
            BenchReport report = new Bench(parts, options(home, sharedDir, scratch, storybot), progress(err)).run();
            print(report, out, storybot, () -> new BenchText(out).print(report));
            return 0;
        } catch (NoSuchFileException e) {
            throw new UserException("shared data file " + e.getFile() + " is missing: the bench needs the ../shared "
                    + "folder beside storybot's (or --shared DIR)");
        } finally {
            deleteQuietly(scratch);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** The report as one JSON object with --json, else as {@code text} prints it. */
    private void print(Object report, PrintWriter out, Storybot storybot, Runnable text) throws IOException {
        if (json) {
            out.println(storybot.json().writeValueAsString(report));
            out.flush();
        } else {
            text.run();
        }
    }

    private BenchOptions options(Path home, Path sharedDir, Path scratch, Storybot storybot) {
        List<Integer> synthetic = sizes != null ? sizes : quick ? BenchOptions.QUICK_SIZES : BenchOptions.FULL_SIZES;
        Duration askTime = seconds != null ? Duration.ofSeconds(seconds)
                : quick ? BenchOptions.QUICK_CONCURRENCY : BenchOptions.FULL_CONCURRENCY;
        // fresh processes get STORYBOT_JAVA_OPTS as the launcher passes it on: a cold start is measured as it runs
        Launcher launcher = launcher(home, JavaCommand.environmentOptions(root.env()));
        try {
            return new BenchOptions(sharedDir, storybot.config().storiesDir(), scratch, launcher,
                    synthetic, quick, askTime, ASKERS, samples != null ? samples : 300, coldRuns != null ? coldRuns : 3,
                    maxParagraphs != null ? maxParagraphs : 0, baselineQuestions != null ? baselineQuestions : Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * How to start a fresh storybot: the jar this code runs from; or, running from a classes folder
     * (a development build, the tests), this run's class path; or the jar in the storybot folder.
     */
    private static Launcher launcher(Path home, List<String> javaOptions) {
        Optional<Path> code = JavaCommand.codeSource(BenchCommand.class);
        if (code.filter(JavaCommand::isJar).isPresent()) {
            return Launcher.jar(code.get(), home, javaOptions);
        }
        if (code.filter(Files::isDirectory).isPresent()) {
            return Launcher.classPath(System.getProperty("java.class.path"), Main.class.getName(), home, javaOptions);
        }
        Path jar = home.resolve("target/storybot.jar");
        if (!Files.isRegularFile(jar)) {
            throw new UserException("cannot find storybot.jar to measure a cold start: build it with `mvn -DskipTests package`");
        }
        return Launcher.jar(jar, home, javaOptions);
    }

    private static Consumer<String> progress(PrintWriter err) {
        return line -> {
            err.println("bench: " + line);
            err.flush();
        };
    }

    private static void deleteQuietly(Path dir) {
        try {
            Folders.delete(dir);
        } catch (IOException e) {
            System.err.println("storybot: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
