package org.storybot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A fresh {@code storybot ask --json} process on a library: the time from launch to its printed
 * answer (JVM start, settings, opening the library, loading the model, answering), then, after a
 * few more questions, how much memory that process holds. The library must not be open here: one
 * process owns a data directory at a time.
 */
final class ColdStart {

    /** One run; {@code error} is set, and the figures are null, when the process did not answer. */
    record Run(Double secondsToAnswer, Long rssBytes, Long peakRssBytes, int answered, String error) {
    }

    private static final long TIMEOUT_SECONDS = 300;

    private final Launcher launcher;

    ColdStart(Launcher launcher) {
        this.launcher = launcher;
    }

    Run run(Path dataDir, String firstQuestion, List<String> moreQuestions) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dataDir.getParent(), "ask-", ".log");
        ProcessBuilder pb = launcher.builder(List.of("--data-dir", dataDir.toString(), "ask", "--json"))
                .redirectError(log.toFile());
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        Process process = pb.start();
        watchdog.schedule(process::destroyForcibly, TIMEOUT_SECONDS, TimeUnit.SECONDS);
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            ask(in, firstQuestion);
            if (!answer(out)) {
                return failed(process, log, "no answer");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int answered = 1;
            for (String q : moreQuestions) {
                ask(in, q);
                if (!answer(out)) {
                    return failed(process, log, "no answer to question " + (answered + 1));
                }
                answered++;
            }
            Long rss = ProcessMemory.rss(process.pid());
            Long peak = ProcessMemory.peakRss(process.pid());
            in.close();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                return failed(process, log, "exit code " + process.exitValue());
            }
            return new Run(seconds, rss, peak, answered, null);
        } finally {
            watchdog.shutdownNow();
            process.destroyForcibly().waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static void ask(Writer in, String question) throws IOException {
        in.write(question.replace('\n', ' ') + "\n");
        in.flush();
    }

    /** Reads up to the next JSON line: storybot prints one per question. */
    private static boolean answer(BufferedReader out) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("{")) {
                return true;
            }
        }
        return false;
    }

    private static Run failed(Process process, Path log, String what) throws IOException, InterruptedException {
        process.destroyForcibly().waitFor();
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        return new Run(null, null, null, 0, what + (tail.isBlank() ? "" : ": " + tail));
    }

    /** The median of {@code options.coldRuns()} fresh asks on the library in {@code dir}, with the last run's memory. */
    static BenchReport.ColdStartFigures figures(BenchOptions options, Path dir, List<String> questions)
            throws IOException, InterruptedException {
        ColdStart cold = new ColdStart(options.launcher());
        List<String> more = questions.subList(1, Math.min(questions.size(), 1 + Bench.COLD_EXTRA_QUESTIONS));
        List<Double> runs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ColdStart.Run last = null;
        for (int i = 0; i < options.coldRuns(); i++) {
            ColdStart.Run run = cold.run(dir, SharedCorpora.SEED_QUESTIONS.get(0), more);
            if (run.error() != null) {
                errors.add(run.error());
            } else {
                runs.add(run.secondsToAnswer());
                last = run;
            }
        }
        Double median = runs.isEmpty() ? null : runs.stream().sorted().toList().get((runs.size() - 1) / 2);
        return new BenchReport.ColdStartFigures(runs, median, last == null ? null : last.rssBytes(),
                last == null ? null : last.peakRssBytes(), last == null ? 0 : last.answered(), errors);
    }
}
