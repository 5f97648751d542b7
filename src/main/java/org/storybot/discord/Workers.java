package org.storybot.discord;

import java.time.Duration;
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

/**
 * The threads that answer: a bounded pool, so that Javacord's event threads only hand work over and
 * never wait for a model, and so that a flood of questions queues up to a point and is then turned
 * away politely rather than exhausting memory. Closing lets the answers in flight finish.
 */
final class Workers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Workers.class);

    private final ThreadPoolExecutor pool;

    Workers(int threads, int queued) {
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
     * fails after the acknowledgement still ends in a visible message; the cause goes to the log.
     */
    void deferThen(InteractionBase interaction, boolean ephemeral, Supplier<Post> work, Consumer<List<Message>> sent) {
        CompletableFuture<InteractionOriginalResponseUpdater> deferred = interaction.respondLater(ephemeral);
        boolean queued = run(() -> {
            Post post;
            try {
                post = work.get();
            } catch (RuntimeException e) {
                log.error("answering a Discord interaction failed", e);
                post = Post.of(ReplyFormatter.FAILED);
            }
            deliver(interaction, deferred, post, ephemeral, sent);
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

    private static void deliver(InteractionBase interaction, CompletableFuture<InteractionOriginalResponseUpdater> deferred,
            Post post, boolean ephemeral, Consumer<List<Message>> sent) {
        InteractionOriginalResponseUpdater original;
        try {
            original = deferred.join();
        } catch (RuntimeException e) {
            log.error("Discord did not take the acknowledgement of an interaction", e);
            return;
        }
        List<Message> delivered = new ArrayList<>();
        try {
            Outbox.editDeferred(interaction, original, post, ephemeral, delivered);
        } catch (RuntimeException e) {
            log.error("could not deliver a reply to Discord ({} of {} messages sent)", delivered.size(),
                    post.messages().size(), e);
            try {
                if (delivered.isEmpty()) {
                    Outbox.editDeferred(interaction, original, Post.of(ReplyFormatter.FAILED), ephemeral, delivered);
                } else {
                    Outbox.followUp(interaction, ReplyFormatter.FAILED, ephemeral);
                }
            } catch (RuntimeException again) {
                log.error("could not tell a Discord user that answering failed", again);
            }
        }
        sent.accept(delivered);
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
