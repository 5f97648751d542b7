package org.storybot.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.store.FollowedFeed;

/**
 * Polls the followed feeds while the bot runs: on one background thread of its own, every period
 * of its {@link Backoff} (the first time at once), each feed that is due; a feed in error waits
 * twice as long after each error, up to the cap. What one poll adds is handed to {@link NewStories}.
 * Close it to stop: a poll under way finishes its current feed first.
 */
public final class FeedPoller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Feeds feeds;
    private final Backoff backoff;
    private final NewStories announce;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-poller");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    /** Starts polling at once. */
    FeedPoller(Feeds feeds, Backoff backoff, NewStories announce, Clock clock) {
        this.feeds = feeds;
        this.backoff = backoff;
        this.announce = announce;
        this.clock = clock;
        thread.scheduleWithFixedDelay(this::pollDue, 0, backoff.every().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls every {@code every}, a feed in error at most every {@code cap}; starts at once. */
    public static FeedPoller start(Feeds feeds, Duration every, Duration cap, NewStories announce,
            Clock clock) {
        return new FeedPoller(feeds, new Backoff(every, cap), announce, clock);
    }

    private void pollDue() {
        try {
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (FollowedFeed feed : feeds.feeds()) {
                if (closed || Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (backoff.due(feed, now)) {
                    report(feeds.poll(feed));
                }
            }
        } catch (RuntimeException e) {
            log.warn("feeds were not polled: {}", e.getMessage()); // the store away, say: the next period tries again
        }
    }

    private void report(FeedPoll poll) {
        if (poll instanceof FeedPoll.Failed failed) {
            log.warn("feed {} could not be polled ({} in a row): {}", failed.feed().url(), failed.feed().failures() + 1,
                    failed.error());
            return;
        }
        FeedPoll.Polled polled = (FeedPoll.Polled) poll;
        polled.failed().forEach(r -> log.warn("feed {}: item {} failed: {}", polled.feed().url(), r.file(), r.error()));
        if (!polled.added().isEmpty()) {
            log.info("feed {}: {} new stor{}", polled.feed().url(), polled.added().size(), polled.added().size() == 1 ? "y" : "ies");
            try {
                announce.added(polled);
            } catch (RuntimeException e) {
                log.warn("new stories of feed {} were not announced: {}", polled.feed().url(), e.toString());
            }
        }
    }

    /** Stops polling; waits for the feed being polled to be finished. Closing again does nothing. */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the poller's thread has ended (after {@link #close}). */
    public boolean isClosed() {
        return thread.isTerminated();
    }
}
