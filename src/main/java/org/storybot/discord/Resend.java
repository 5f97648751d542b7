package org.storybot.discord;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends again what Discord failed on with a 5xx, at most {@code attempts} times in all, pausing
 * {@code firstPause} and then twice as long before each new try; any other failure ends it at once.
 * A 429 never reaches it: Javacord waits for the bucket's {@code retry_after} and repeats the
 * request itself. The future fails with an {@link Undelivered} that says why and after how many tries.
 */
record Resend(int attempts, Duration firstPause) {

    /** What the bot uses for every message: three tries, 0.5 s and 1 s apart. */
    static final Resend DISCORD = new Resend(3, Duration.ofMillis(500));

    private static final Logger log = LoggerFactory.getLogger(Resend.class);

    Resend {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (firstPause.isNegative()) {
            throw new IllegalArgumentException("firstPause must not be negative: " + firstPause);
        }
    }

    /** Runs {@code send} (one request each time it is called) until it succeeds or may not be tried again. */
    <T> CompletableFuture<T> send(Supplier<CompletableFuture<T>> send) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(send, 1, result);
        return result;
    }

    private <T> void attempt(Supplier<CompletableFuture<T>> send, int attempt, CompletableFuture<T> result) {
        CompletableFuture<T> sent;
        try {
            sent = send.get();
        } catch (RuntimeException e) {
            result.completeExceptionally(new Undelivered(SendFailure.of(e), attempt, e));
            return;
        }
        sent.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
                return;
            }
            SendFailure why = SendFailure.of(failure);
            if (!why.worthRetrying() || attempt >= attempts) {
                result.completeExceptionally(new Undelivered(why, attempt, failure));
                return;
            }
            long pause = firstPause.toMillis() << (attempt - 1);
            log.debug("{}; trying again in {} ms ({} of {})", why.describe(), pause, attempt + 1, attempts);
            CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS).execute(() -> attempt(send, attempt + 1, result));
        });
    }
}
