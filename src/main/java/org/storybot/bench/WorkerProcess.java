package org.storybot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link BenchWorker} in a fresh storybot process ({@code storybot bench-worker ...}), started as
 * the launcher would, on the library its data folder and environment name: lines go to its input,
 * and its output's lines are read with a time limit. Its log goes to a file, shown when it fails.
 */
final class WorkerProcess implements AutoCloseable {

    private static final String EOF = "\u0000end";

    private final Process process;
    private final PrintWriter in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path log;

    private WorkerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread reader = new Thread(this::read, "bench-worker-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code storybot --data-dir DIR bench-worker ARGS} with {@code env} added to its environment. */
    static WorkerProcess start(Launcher launcher, Path dataDir, Map<String, String> env, List<String> args)
            throws IOException {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "bench-worker"));
        all.addAll(args);
        Path log = Files.createTempFile(dataDir.getParent(), "worker-", ".log");
        ProcessBuilder pb = launcher.builder(all).redirectError(log.toFile());
        pb.environment().putAll(env);
        return new WorkerProcess(pb.start(), log);
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            lines.add(EOF);
        }
    }

    void send(String line) {
        in.println(line);
    }

    /** Ends the worker's input: a watcher then exits. */
    void endInput() {
        in.close();
    }

    /** The worker's next line of output; an IOException naming its log's last lines if none comes within {@code wait}. */
    String next(Duration wait) throws IOException, InterruptedException {
        String line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(EOF)) {
            List<String> said = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = String.join(" | ", said.subList(Math.max(0, said.size() - 3), said.size()));
            throw new IOException("a bench worker process " + (line == null ? "said nothing within " + wait.toSeconds()
                    + " s" : "ended") + (tail.isBlank() ? "" : ": " + tail));
        }
        return line;
    }

    /** Waits for the worker's next line to be {@code expected}. */
    void expect(String expected, Duration wait) throws IOException, InterruptedException {
        String line = next(wait);
        if (!line.equals(expected)) {
            throw new IOException("a bench worker process said \"" + line + "\" instead of \"" + expected + "\"");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        in.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }
}
