package org.storybot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Retrieval;

/**
 * The far side of the shared-store bench: a storybot process of its own on the library its
 * settings name, started by {@link WorkerProcess}, speaking one line at a time. As an asker it
 * warms up, says {@value #READY}, waits for {@value #GO}, lets its askers ask for the time given and
 * prints their figures as one JSON line. As a watcher it says {@value #READY}, then for each line
 * {@code STORY-ID<TAB>QUERY} searches until the top hit is that story and prints
 * {@code STORY-ID<TAB>EPOCH-MILLIS} (or {@code STORY-ID<TAB>missed}).
 */
public final class BenchWorker {

    static final String READY = "ready";
    static final String GO = "go";
    static final String MISSED = "missed";
    private static final int WARM_UP = 50;
    private static final long SEARCH_PAUSE_MS = 2;

    private final BufferedReader in;
    private final PrintWriter out;

    public BenchWorker(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** Asks with {@code askers} threads for {@code duration} once told to go, the questions from {@code sharedDir}. */
    public void ask(Assistant assistant, Path sharedDir, ObjectMapper json, int askers, Duration duration)
            throws IOException, InterruptedException {
        List<String> questions = SharedCorpora.read(sharedDir, json, 0).questions();
        QuestionPool pool = new QuestionPool(questions, 2017 + ProcessHandle.current().pid());
        for (int i = 0; i < WARM_UP; i++) {
            assistant.ask(new Question(pool.next().text(), null, null, "bench", "warm-up"));
        }
        say(READY);
        if (!GO.equals(in.readLine())) {
            return;
        }
        BenchReport.Concurrency figures = new ParallelAskers(assistant, pool).run(askers, duration);
        say(json.writeValueAsString(figures));
    }

    /** Watches for the stories it is told of, until its input ends. */
    public void watch(HybridRetriever retriever, Duration wait) throws IOException, InterruptedException {
        say(READY);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String id = line.substring(0, tab);
            String query = line.substring(tab + 1);
            long end = System.nanoTime() + wait.toNanos();
            String found = MISSED;
            while (System.nanoTime() < end) {
                Retrieval hits = retriever.retrieve(query, null, 1);
                if (!hits.paragraphs().isEmpty() && hits.paragraphs().get(0).storyId().equals(id)) {
                    found = Long.toString(System.currentTimeMillis());
                    break;
                }
                Thread.sleep(SEARCH_PAUSE_MS);
            }
            say(id + "\t" + found);
        }
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
