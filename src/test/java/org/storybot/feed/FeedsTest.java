package org.storybot.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.ingest.IngestResult;
import org.storybot.ingest.LinkIngestor;
import org.storybot.store.FeedStore;
import org.storybot.store.FollowedFeed;
import org.storybot.store.StoryStore;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.support.WebServer;
import org.storybot.web.FeedReader;
import org.storybot.web.PageFetcher;

/**
 * Feeds into a real library (H2, Lucene, the embedding model): an RSS 2.0 and an Atom feed served
 * on 127.0.0.1 that list real news pages from ../shared, polled as the command line and the bot do.
 */
class FeedsTest {

    @TempDir
    static Path dir;

    private static WebServer server;
    private static TestLibrary library;
    private static Feeds feeds;

    @BeforeAll
    static void serve_real_pages_and_their_feeds() throws Exception {
        server = WebServer.start()
                .html("/tech/minecraft-exploit.html", page("ars-1"))
                .html("/health/peanuts.html", page("webmd-1"))
                .html("/economy/birth-lottery.html", page("cnn"))
                .html("/world/tunisia-museum.html", page("wapo-1"))
                .html("/science/brain.html", page("medicalnewstoday"))
                .html("/news/bbc.html", page("bbc-1"))
                .html("/news/guardian.html", page("guardian-1"))
                .status("/tech/withdrawn.html", 404)
                .feed("/atom.xml", "application/atom+xml", atom("/world/tunisia-museum.html"))
                .html("/world/", "<html><head><title>World news</title>"
                        + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"World\" href=\"/atom.xml\">"
                        + "</head><body><p>The world's news.</p></body></html>")
                .html("/about.html", "<html><head><title>About us</title></head><body><p>We write news.</p></body></html>")
                .page("/report.pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        library = new TestLibrary(dir.resolve("data"));
        PageFetcher fetcher = new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(10),
                10L * 1024 * 1024, true, true));
        feeds = new Feeds(fetcher, new FeedReader(), new FeedStore(library.database), new StoryStore(library.database),
                new LinkIngestor(fetcher, library.ingestor), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
        library.close();
    }

    @Test
    void should_ingest_new_items_once_each_and_a_new_one_after_the_next_poll_with_broken_items_reported() {
        server.feed("/rss.xml", "application/rss+xml", rss("/tech/minecraft-exploit.html", "/health/peanuts.html",
                "/tech/withdrawn.html", null));
        FollowOutcome followed = feeds.follow(server.url("/rss.xml").toString());
        assertThat(followed).isEqualTo(new FollowOutcome.Followed(server.url("/rss.xml").toString(), "Local Tech", 4));

        FeedPoll.Polled first = (FeedPoll.Polled) feeds.poll(followed("/rss.xml"));

        assertThat(first.notModified()).isFalse();
        assertThat(first.added()).extracting(IngestResult::title).containsExactly(
                "Just-released Minecraft exploit makes it easy to crash game servers", "Babies Who Eat Peanuts Early May Avoid Allergy");
        assertThat(first.failed()).extracting(IngestResult::file, IngestResult::error).containsExactly(
                org.assertj.core.groups.Tuple.tuple(server.url("/tech/withdrawn.html").toString(), "the server answered 404 (no such page)"),
                org.assertj.core.groups.Tuple.tuple("\"A story without a link\"", "names no link to its article"));

        int before = server.requests().size();
        FeedPoll.Polled second = (FeedPoll.Polled) feeds.poll(followed("/rss.xml"));
        List<WebServer.Request> asked = server.requests().subList(before, server.requests().size());

        assertThat(second.notModified()).isTrue();
        assertThat(second.added()).isEmpty();
        assertThat(asked).extracting(WebServer.Request::path).containsExactly("/rss.xml"); // a 304, and no article again
        assertThat(asked.get(0).ifNoneMatch()).isNotBlank();
        assertThat(asked.get(0).ifModifiedSince()).isEqualTo("Wed, 02 Dec 2026 03:00:00 GMT");

        server.feed("/rss.xml", "application/rss+xml", rss("/economy/birth-lottery.html", "/tech/minecraft-exploit.html",
                "/health/peanuts.html", "/tech/withdrawn.html", null));
        before = server.requests().size();
        FeedPoll.Polled third = (FeedPoll.Polled) feeds.poll(followed("/rss.xml"));
        asked = server.requests().subList(before, server.requests().size());

        assertThat(third.added()).extracting(IngestResult::title).containsExactly("The 'birth lottery' and economic mobility");
        assertThat(third.unchanged()).isEqualTo(2);
        assertThat(third.failed()).hasSize(2); // the withdrawn page is tried again, up to Feeds.MAX_ATTEMPTS polls
        assertThat(asked).extracting(WebServer.Request::path)
                .containsExactly("/rss.xml", "/economy/birth-lottery.html", "/tech/withdrawn.html");
        assertThat(library.retriever().retrieve("Does the birth lottery matter more in the U.S.?", null, 1).paragraphs().get(0)
                .storyId()).isEqualTo(third.added().get(0).storyId());
    }

    @Test
    void should_fetch_no_article_twice_from_a_server_that_ignores_conditional_requests() {
        server.page("/plain.xml", "application/rss+xml", rss("/science/brain.html", "/science/brain.html")
                .getBytes(StandardCharsets.UTF_8)); // its own page: what the other tests ingest stays theirs
        feeds.follow(server.url("/plain.xml").toString());
        feeds.poll(followed("/plain.xml"));
        assertThat(followed("/plain.xml").etag()).isNull();

        int before = server.requests().size();
        FeedPoll.Polled again = (FeedPoll.Polled) feeds.poll(followed("/plain.xml"));

        assertThat(again.notModified()).isFalse();
        assertThat(again.added()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2); // the item listed twice counts twice, and is fetched once
        assertThat(server.requests().subList(before, server.requests().size())).extracting(WebServer.Request::path)
                .containsExactly("/plain.xml");
        feeds.unfollow(server.url("/plain.xml").toString());
    }

    @Test
    void should_follow_the_feed_a_page_names_and_stop_polling_it_once_unfollowed() {
        FollowOutcome followed = feeds.follow(server.url("/world/").toString());
        assertThat(followed).isEqualTo(new FollowOutcome.Followed(server.url("/atom.xml").toString(), "World News", 1));
        assertThat(feeds.follow(server.url("/atom.xml").toString())).isInstanceOf(FollowOutcome.AlreadyFollowed.class);
        assertThat(followed("/atom.xml").followedAs()).isEqualTo(server.url("/world/").toString());

        FeedPoll.Polled polled = (FeedPoll.Polled) feeds.poll(followed("/atom.xml"));
        assertThat(polled.added()).extracting(IngestResult::title).containsExactly("Attack stokes instability fears in North Africa");

        assertThat(feeds.unfollow(server.url("/world/").toString())).isTrue();
        assertThat(feeds.unfollow(server.url("/world/").toString())).isFalse();
        int before = server.requests().size();
        feeds.pollAll();
        assertThat(server.requests().subList(before, server.requests().size())).extracting(WebServer.Request::path)
                .doesNotContain("/atom.xml");
        assertThat(feeds.feeds()).extracting(FollowedFeed::url).doesNotContain(server.url("/atom.xml").toString());
        assertThat(library.library.storedStory(polled.added().get(0).storyId())).isPresent(); // its stories stay
    }

    @Test
    void should_refuse_in_one_line_what_is_not_a_feed_and_follow_nothing() {
        assertRefused("/report.pdf", "is not a feed but a PDF document (application/pdf)");
        assertRefused("/about.html", "is a web page that names no feed (no <link rel=\"alternate\" type=\"application/rss+xml\" "
                + "or atom+xml>); follow the site's RSS or Atom address instead");
        assertRefused("/no-such-feed.xml", "the server answered 404 (no such page)");
        assertThat(feeds.follow("news at ten")).isEqualTo(new FollowOutcome.Refused("news at ten",
                "is not a link (a feed is followed by its http:// or https:// address)"));
        assertThat(feeds.feeds()).extracting(FollowedFeed::url).noneMatch(u -> u.endsWith(".pdf") || u.endsWith(".html"));
    }

    @Test
    void should_count_a_feed_that_fails_and_keep_its_validators() {
        server.feed("/flaky.xml", "application/rss+xml", rss()); // no items: the other tests' stories stay theirs
        feeds.follow(server.url("/flaky.xml").toString());
        feeds.poll(followed("/flaky.xml"));
        String etag = followed("/flaky.xml").etag();
        server.status("/flaky.xml", 503);

        FeedPoll failed = feeds.poll(followed("/flaky.xml"));

        assertThat(failed).isEqualTo(new FeedPoll.Failed(failed.feed(), "the server answered 503 (a server error: try again later)"));
        FollowedFeed after = followed("/flaky.xml");
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lastError()).isEqualTo("the server answered 503 (a server error: try again later)");
        assertThat(after.etag()).isEqualTo(etag).isNotNull();
        feeds.unfollow(server.url("/flaky.xml").toString());
    }

    @Test
    void should_leave_items_past_the_per_poll_cap_for_the_next_poll_and_forget_items_long_gone_from_the_feed() {
        PageFetcher fetcher = new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(10),
                10L * 1024 * 1024, true, true));
        FeedStore store = new FeedStore(library.database);
        Feeds oneAtATime = new Feeds(fetcher, new FeedReader(), store, new StoryStore(library.database),
                new LinkIngestor(fetcher, library.ingestor), Clock.systemUTC(), 1);
        server.feed("/capped.xml", "application/rss+xml", rss("/news/bbc.html", "/news/guardian.html"));
        String url = server.url("/capped.xml").toString();
        oneAtATime.follow(url);

        FeedPoll.Polled first = (FeedPoll.Polled) oneAtATime.poll(followed("/capped.xml"));
        assertThat(first.added()).hasSize(1);
        assertThat(first.waiting()).isEqualTo(1);
        assertThat(followed("/capped.xml").etag()).isNull(); // so that the next poll reads the feed whole

        FeedPoll.Polled second = (FeedPoll.Polled) oneAtATime.poll(followed("/capped.xml"));
        assertThat(second.added()).hasSize(1).doesNotContainAnyElementsOf(first.added());
        assertThat(second.waiting()).isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(followed("/capped.xml").etag()).isNotNull();

        server.feed("/capped.xml", "application/rss+xml", rss("/news/guardian.html"));
        Feeds monthsLater = new Feeds(fetcher, new FeedReader(), store, new StoryStore(library.database),
                new LinkIngestor(fetcher, library.ingestor), Clock.offset(Clock.systemUTC(), Feeds.FORGET_AFTER.plusDays(1)));
        FeedPoll.Polled later = (FeedPoll.Polled) monthsLater.poll(followed("/capped.xml"));
        assertThat(later.added()).isEmpty();
        assertThat(store.settled(url, Feeds.MAX_ATTEMPTS)).containsExactly(server.url("/news/guardian.html").toString());
        feeds.unfollow(url);
    }

    private static void assertRefused(String path, String error) {
        FollowOutcome outcome = feeds.follow(server.url(path).toString());
        assertThat(outcome).isEqualTo(new FollowOutcome.Refused(server.url(path).toString(), error));
    }

    private static FollowedFeed followed(String path) {
        return feeds.feeds().stream().filter(f -> f.url().equals(server.url(path).toString())).findFirst().orElseThrow();
    }

    private static String page(String name) throws Exception {
        return Files.readString(SharedData.require("data/web_pages/" + name + "/source.html"));
    }

    /** An RSS 2.0 feed whose items link {@code paths} (relative, as feeds may), a null one an item without a link. */
    static String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append(path == null ? "<item><title>A story without a link</title><description>No link.</description></item>"
                    : "<item><title>Story at " + path + "</title><link>" + path + "</link><guid>" + path + "</guid></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Local Tech</title>"
                + "<link>/</link><description>Stories</description>" + items + "</channel></rss>";
    }

    private static String atom(String... paths) {
        StringBuilder entries = new StringBuilder();
        for (String path : paths) {
            entries.append("<entry><title>Story at ").append(path).append("</title><id>urn:x:").append(path)
                    .append("</id><updated>2026-12-01T10:00:00Z</updated><link rel=\"alternate\" href=\"").append(path)
                    .append("\"/></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>World News</title>"
                + "<id>urn:x:world</id><updated>2026-12-01T10:00:00Z</updated>" + entries + "</feed>";
    }
}
