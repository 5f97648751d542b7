package org.storybot.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storybot.ingest.IngestResult;
import org.storybot.ingest.LinkIngestor;
import org.storybot.store.FeedStore;
import org.storybot.store.FollowedFeed;
import org.storybot.store.StoryStore;
import org.storybot.web.FeedDocument;
import org.storybot.web.FeedFetch;
import org.storybot.web.FeedItem;
import org.storybot.web.FeedReader;
import org.storybot.web.PageException;
import org.storybot.web.PageFetcher;
import org.storybot.web.StoryIds;

/**
 * Followed feeds: follow (an RSS or Atom address, or a page that names its feed), unfollow, list,
 * and poll: fetch a feed (conditionally: an unchanged one costs a 304), and ingest each new item
 * by its link through the {@link LinkIngestor}, skipping items met before and articles already in
 * the library, so that no article is fetched twice. A failed item is tried again at the next
 * polls, {@link #MAX_ATTEMPTS} times in all. Thread-safe.
 */
public final class Feeds {

    /** How many polls try an item that fails before it is left alone. */
    public static final int MAX_ATTEMPTS = 3;
    /** Articles one poll of one feed fetches at most: a day's items of a busy outlet's feed, in under a minute. */
    public static final int FETCHES_PER_POLL = 20;
    /** How long an item no longer in its feed is remembered: feeds list the last days' items, so it will not return. */
    public static final Duration FORGET_AFTER = Duration.ofDays(30);

    private final PageFetcher fetcher;
    private final FeedReader reader;
    private final FeedStore store;
    private final StoryStore stories;
    private final LinkIngestor links;
    private final Clock clock;
    private final int fetchesPerPoll;

    public Feeds(PageFetcher fetcher, FeedReader reader, FeedStore store, StoryStore stories, LinkIngestor links, Clock clock) {
        this(fetcher, reader, store, stories, links, clock, FETCHES_PER_POLL);
    }

    /** @param fetchesPerPoll articles one poll of one feed fetches at most */
    Feeds(PageFetcher fetcher, FeedReader reader, FeedStore store, StoryStore stories, LinkIngestor links, Clock clock,
            int fetchesPerPoll) {
        this.fetchesPerPoll = fetchesPerPoll;
        this.fetcher = fetcher;
        this.reader = reader;
        this.store = store;
        this.stories = stories;
        this.links = links;
        this.clock = clock;
    }

    /** Follows the feed at {@code address}, or the one the page there names; its items are ingested at the next poll. */
    public FollowOutcome follow(String address) {
        String shown = address == null ? "" : address.strip();
        FeedDocument.Feed feed;
        try {
            FeedDocument document = read(link(shown), FeedFetch.Validators.NONE);
            if (document instanceof FeedDocument.PageWithFeed page) {
                document = read(page.feed(), FeedFetch.Validators.NONE);
                if (!(document instanceof FeedDocument.Feed)) {
                    throw new PageException("names a feed at " + page.feed() + " that is a web page, not a feed");
                }
            }
            feed = (FeedDocument.Feed) document;
        } catch (PageException e) {
            return new FollowOutcome.Refused(shown, e.getMessage());
        }
        String url = feed.url().toString();
        if (!store.follow(url, shown, feed.title().isEmpty() ? null : feed.title(), now())) {
            return new FollowOutcome.AlreadyFollowed(url, feed.title());
        }
        return new FollowOutcome.Followed(url, feed.title(), feed.items().size());
    }

    /** Stops following the feed at {@code address} (its own, or the one it was followed by); false if none was followed so. */
    public boolean unfollow(String address) {
        return store.unfollow(address == null ? "" : address.strip());
    }

    public List<FollowedFeed> feeds() {
        return store.feeds();
    }

    /** Polls every followed feed once, in the order they were followed. */
    public List<FeedPoll> pollAll() {
        return feeds().stream().map(this::poll).toList();
    }

    /** Fetches {@code feed} once and ingests its new items. */
    public FeedPoll poll(FollowedFeed feed) {
        FeedFetch.Validators since = new FeedFetch.Validators(feed.etag(), feed.lastModified());
        FeedDocument document;
        try {
            FeedFetch fetched = fetcher.fetchFeed(link(feed.url()), since);
            if (fetched instanceof FeedFetch.NotModified) {
                store.polled(feed.url(), null, feed.etag(), feed.lastModified(), now());
                return new FeedPoll.Polled(feed, feed.shown(), true, List.of(), 0, List.of(), 0);
            }
            FeedFetch.Fetched body = (FeedFetch.Fetched) fetched;
            document = reader.read(body);
            if (!(document instanceof FeedDocument.Feed)) {
                throw new PageException("is a web page now, not a feed");
            }
            since = body.validators();
        } catch (PageException e) {
            store.pollFailed(feed.url(), e.getMessage(), now());
            return new FeedPoll.Failed(feed, e.getMessage());
        }
        FeedDocument.Feed read = (FeedDocument.Feed) document;
        FeedPoll.Polled polled = ingestItems(feed, read);
        String title = read.title().isEmpty() ? null : read.title();
        if (polled.waiting() > 0) {
            // no validators: the next poll fetches the feed whole, for the items left waiting
            store.polled(feed.url(), title, null, null, now());
            return polled;
        }
        store.forget(feed.url(), read.items().stream().filter(i -> i.link() != null).map(i -> i.link().toString()).toList(),
                now().minus(FORGET_AFTER));
        // the validators last: a poll cut short is done again, its ingested items skipped
        store.polled(feed.url(), title, since.etag(), since.lastModified(), now());
        return polled;
    }

    private FeedPoll.Polled ingestItems(FollowedFeed feed, FeedDocument.Feed read) {
        Set<String> settled = store.settled(feed.url(), MAX_ATTEMPTS);
        List<IngestResult> added = new ArrayList<>();
        List<IngestResult> failed = new ArrayList<>();
        int unchanged = 0;
        int waiting = 0;
        int fetches = 0;
        Set<String> met = new LinkedHashSet<>();
        for (FeedItem item : read.items()) {
            if (item.link() == null) {
                failed.add(IngestResult.failed(item.shown(), item.problem()));
                continue;
            }
            String link = item.link().toString();
            if (!met.add(link) || settled.contains(link)) {
                unchanged++;
                continue;
            }
            String known = StoryIds.of(item.link());
            if (stories.info(known).isPresent()) {
                store.item(feed.url(), link, known, now());
                unchanged++;
                continue;
            }
            if (fetches == fetchesPerPoll) {
                waiting++;
                continue;
            }
            fetches++;
            IngestResult result = links.ingest(link);
            store.item(feed.url(), link, result.failed() ? null : result.storyId(), now());
            switch (result.outcome()) {
                case FAILED -> failed.add(result);
                case ADDED, REPLACED -> added.add(result);
                case UNCHANGED -> unchanged++;
            }
        }
        return new FeedPoll.Polled(feed, read.title().isEmpty() ? feed.shown() : read.title(), false, added, unchanged, failed,
                waiting);
    }

    private FeedDocument read(URI link, FeedFetch.Validators since) throws PageException {
        FeedFetch fetched = fetcher.fetchFeed(link, since);
        if (!(fetched instanceof FeedFetch.Fetched body)) {
            throw new PageException("the server answered 304 to a request that asked for the whole feed");
        }
        return reader.read(body);
    }

    private static URI link(String address) throws PageException {
        if (!LinkIngestor.isLink(address)) {
            throw new PageException("is not a link (a feed is followed by its http:// or https:// address)");
        }
        try {
            return new URI(address);
        } catch (URISyntaxException e) {
            throw new PageException("is not a valid link");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
