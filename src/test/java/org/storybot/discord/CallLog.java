package org.storybot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.storybot.discord.FakeDiscord.Call;

/** Every REST call the bot made to the fake, in order: what the tests wait for and assert on. Thread-safe. */
final class CallLog {

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        calls.add(call);
        notifyAll();
    }

    /** Every call so far, in order. */
    synchronized List<Call> all() {
        return List.copyOf(calls);
    }

    /** Waits until {@code count} calls match {@code wanted}; returns them in order. */
    synchronized List<Call> awaitAll(Predicate<Call> wanted, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<Call> matching = calls.stream().filter(wanted).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited 60 s for " + count + " matching call(s); the bot made: " + calls);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
