package org.storybot.app;

import java.time.Clock;
import java.time.Duration;
import org.storybot.feed.FeedPoller;
import org.storybot.feed.Feeds;
import org.storybot.feed.NewStories;
import org.storybot.store.FeedStore;
import org.storybot.store.StoryStore;
import org.storybot.web.FeedReader;
import org.storybot.web.PageFetcher;

/**
 * The followed feeds, wired from the root's parts: the feeds themselves (fetched under the ingest
 * settings' safety rules, their items ingested through the root's links) and, while the bot runs,
 * the one background poller, which this owns and closes. Close it before the root.
 */
public final class FeedParts implements AutoCloseable {

    /** The longest a feed in error waits between polls. */
    static final Duration BACKOFF_CAP = Duration.ofDays(1);

    private final Storybot root;
    private final Duration every;
    private final Clock clock;
    private Feeds feeds;
    private FeedPoller poller;

    /** Polling every feeds.poll-minutes. */
    public FeedParts(Storybot root) {
        this(root, Duration.ofMinutes(root.config().feeds().pollMinutes()), Clock.systemUTC());
    }

    /** @param every how often the poller polls (tests set it short) */
    public FeedParts(Storybot root, Duration every, Clock clock) {
        this.root = root;
        this.every = every;
        this.clock = clock;
    }

    public synchronized Feeds feeds() {
        if (feeds == null) {
            feeds = new Feeds(new PageFetcher(PageFetcher.Settings.of(root.config().ingest())), new FeedReader(),
                    new FeedStore(root.database()), new StoryStore(root.database()), root.links(), clock);
        }
        return feeds;
    }

    /** Starts the background poller (once; later calls return the same one), which tells {@code announce} what it adds. */
    public synchronized FeedPoller startPolling(NewStories announce) {
        if (poller == null) {
            poller = FeedPoller.start(feeds(), every, every.compareTo(BACKOFF_CAP) > 0 ? every : BACKOFF_CAP, announce, clock);
        }
        return poller;
    }

    /** Stops the poller, if one was started; a poll under way finishes its feed first. */
    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.close();
        }
    }
}
