package org.storybot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;

/**
 * Many askers at once through the assistant, as many Discord members asking together would be:
 * each asks its next question as soon as its last one is answered, for a fixed time. An exception
 * out of the assistant is an error; so is a real question turned away.
 */
final class ParallelAskers {

    private final Assistant assistant;
    private final QuestionPool questions;

    ParallelAskers(Assistant assistant, QuestionPool questions) {
        this.assistant = assistant;
        this.questions = questions;
    }

    BenchReport.Concurrency run(int askers, Duration duration) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(askers);
        CountDownLatch ready = new CountDownLatch(askers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        QuestionPool.Tally tally = new QuestionPool.Tally();
        List<Future<List<Double>>> work = new ArrayList<>();
        long[] window = new long[2];
        for (int i = 0; i < askers; i++) {
            int asker = i;
            work.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                ready.countDown();
                go.await();
                long end = window[1];
                while (System.nanoTime() < end) {
                    QuestionPool.Draw draw = questions.next();
                    tally.add(draw);
                    String question = draw.text();
                    long start = System.nanoTime();
                    try {
                        Reply reply = assistant.ask(new Question(question, null, null, "bench", "asker-" + asker));
                        latencies.add((System.nanoTime() - start) / 1e6);
                        synchronized (outcomes) {
                            outcomes.merge(reply.status(), 1, Integer::sum);
                        }
                        if (reply instanceof Reply.Rejected rejected) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "a real question was rejected: " + rejected.message());
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
                return latencies;
            }));
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        List<Double> all = new ArrayList<>();
        try {
            for (Future<List<Double>> f : work) {
                all.addAll(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an asker thread failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        QuestionPool.Reuse reuse = tally.reuse();
        return new BenchReport.Concurrency(askers, seconds, all.size(), all.size() / seconds, LatencySummary.of(all),
                errors.get(), firstError.get(), questions.distinct(), reuse.repeated(), reuse.nearestRepeatGap(), outcomes);
    }
}
