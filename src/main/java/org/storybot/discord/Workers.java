package org.storybot.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.javacord.api.entity.message.Message;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The threads that answer: a bounded pool, so that Javacord's event threads only hand work over and
 * never wait for a model, and so that a flood of questions queues up to a point and is then turned
 * away politely rather than exhausting memory. Closing lets the answers in flight finish.
 */
final class Workers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Workers.class);
    /**
     * How long after the bot took an interaction its token may still be used: Discord's 15 minutes,
     * less half a minute for the last message and its retries. Counted from when the bot received the
     * interaction (it was acknowledged within Discord's 3 seconds), on the bot's own clock, so that a
     * clock set wrong cannot make every answer look expired.
     */
    static final Duration TOKEN_LIFE = Duration.ofMinutes(15).minusSeconds(30);

    private final ThreadPoolExecutor pool;
    private final Clock clock;

    Workers(int threads, int queued, Clock clock) {
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread t = new Thread(task, "storybot-answer-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued), named,
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs {@code task} on a worker; false when the queue is full or the bot is closing. */
    boolean run(Runnable task) {
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("a Discord task failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * Acknowledges an interaction at once (Discord drops one left unanswered for 3 seconds) with
     * "thinking…", makes the post on a worker and puts it in place of the "thinking…". Whatever
     * fails after the acknowledgement ends in a visible message while one can still be sent; the
     * cause goes to the log, in one line that names the answer. Once the interaction's token has run
     * out ({@link #TOKEN_LIFE}) nothing is sent for it: the answer is in the answer log all the same.
     */
    void deferThen(InteractionBase interaction, boolean ephemeral, Supplier<Post> work, Consumer<List<Message>> sent) {
        Instant received = clock.instant();
        CompletableFuture<InteractionOriginalResponseUpdater> deferred = Resend.DISCORD.send(
                () -> interaction.respondLater(ephemeral));
        boolean queued = run(() -> {
            Post post;
            try {
                post = work.get();
            } catch (RuntimeException e) {
                log.error("answering a Discord interaction failed", e);
                post = Post.of(ReplyFormatter.FAILED);
            }
            deliver(interaction, received, deferred, post, ephemeral, sent);
        });
        if (!queued) {
            deferred.thenCompose(original -> original.setContent(ReplyFormatter.BUSY)
                            .setAllowedMentions(Outbox.noMentions()).update())
                    .exceptionally(e -> {
                        log.warn("could not tell a Discord user the bot is busy: {}", e.toString());
                        return null;
                    });
        }
    }

    private void deliver(InteractionBase interaction, Instant received,
            CompletableFuture<InteractionOriginalResponseUpdater> deferred, Post post, boolean ephemeral,
            Consumer<List<Message>> sent) {
        String what = post.answerId() > 0 ? "answer " + post.answerId() : "a reply";
        InteractionOriginalResponseUpdater original;
        try {
            original = deferred.join();
        } catch (RuntimeException e) {
            Undelivered undelivered = Undelivered.of(e);
            log.atLevel(levelFor(undelivered.why())).log("Discord did not take the acknowledgement of the interaction for {}: {}",
                    what, undelivered.describe());
            return;
        }
        if (clock.instant().isAfter(received.plus(TOKEN_LIFE))) {
            log.warn("{} is not sent: its interaction is older than Discord's 15-minute token life (the answer log has it)",
                    what);
            return;
        }
        List<Message> delivered = new ArrayList<>();
        try {
            Outbox.editDeferred(interaction, original, post, ephemeral, delivered);
        } catch (RuntimeException e) {
            Undelivered undelivered = Undelivered.of(e);
            log.atLevel(levelFor(undelivered.why())).log("could not deliver {} to Discord ({} of {} messages sent): {}", what,
                    delivered.size(), post.messages().size(), undelivered.describe());
            log.debug("the failed delivery of {}", what, e);
            apologise(interaction, original, undelivered.why(), delivered, ephemeral);
        }
        sent.accept(delivered);
    }

    /** An interaction that expired is the member's wait, not the bot's fault: a warning; the rest are errors. */
    private static Level levelFor(SendFailure why) {
        return why instanceof SendFailure.Expired ? Level.WARN : Level.ERROR;
    }

    /**
     * Tells the member that answering failed, when a message can still be sent: not after the
     * token expired; after a 5xx as a new message (the edit that failed is not tried again); else
     * in place of "thinking…" when nothing got through.
     */
    private static void apologise(InteractionBase interaction, InteractionOriginalResponseUpdater original, SendFailure why,
            List<Message> delivered, boolean ephemeral) {
        if (why instanceof SendFailure.Expired) {
            return;
        }
        try {
            if (delivered.isEmpty() && !(why instanceof SendFailure.ServerError)) {
                Outbox.editDeferred(interaction, original, Post.of(ReplyFormatter.FAILED), ephemeral, delivered);
            } else {
                Outbox.followUp(interaction, ReplyFormatter.FAILED, ephemeral);
            }
        } catch (RuntimeException again) {
            log.error("could not tell a Discord user that answering failed: {}", Undelivered.of(again).describe());
        }
    }

    /** Takes no more work and waits up to {@code wait} for the work in flight. */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    void close(Duration wait) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} answers still running after {} s; stopping them", pool.getActiveCount(), wait.toSeconds());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
