package org.storybot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storybot.support.WebServer;

/** Feeds fetched and read: the feed types, conditional requests, the page rules kept, and Rome on RSS, Atom and HTML. */
class FeedFetchTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour News</title><link>https://harbour.example/</link>
            <description>News</description>
            <item><title>Pilots strike</title><link>https://harbour.example/news/pilots</link></item>
            <item><title>Relative</title><link>/news/bridge</link></item>
            <item><title>No link</title><description>Just words.</description></item>
            <item><title>Mail</title><link>mailto:desk@harbour.example</link></item>
            </channel></rss>""";
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Atom</title><id>urn:h</id>
            <updated>2026-12-01T10:00:00Z</updated>
            <entry><title>Ferry late</title><id>urn:h:1</id><updated>2026-12-01T10:00:00Z</updated>
            <link rel="alternate" href="https://harbour.example/news/ferry"/></entry></feed>""";
    private static final String EVIL = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&x;</title><link>/</link><description>d</description></channel></rss>""";

    private static WebServer server;
    private static PageFetcher fetcher;
    private static final FeedReader reader = new FeedReader();

    @BeforeAll
    static void serve() throws Exception {
        server = WebServer.start()
                .feed("/rss.xml", "application/rss+xml; charset=utf-8", RSS)
                .feed("/atom", "text/xml", ATOM)
                .page("/evil.xml", "application/xml", EVIL.getBytes(StandardCharsets.UTF_8))
                .page("/junk.xml", "application/xml", "<rss version=\"2.0\"><channel><title>cut short".getBytes(StandardCharsets.UTF_8))
                .html("/home", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head>"
                        + "<body><p>Home</p></body></html>")
                .redirect("/old-feed", "/rss.xml")
                .page("/data.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .huge("/huge.xml", 3L * 1024 * 1024, true);
        fetcher = new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024 * 1024, true, true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_read_an_rss_feed_after_a_redirect_with_its_items_resolved_and_the_unfetchable_ones_named() throws Exception {
        FeedFetch.Fetched fetched = (FeedFetch.Fetched) fetcher.fetchFeed(server.url("/old-feed"), FeedFetch.Validators.NONE);
        FeedDocument.Feed feed = (FeedDocument.Feed) reader.read(fetched);

        assertThat(feed.url()).isEqualTo(server.url("/rss.xml"));
        assertThat(feed.title()).isEqualTo("Harbour News");
        assertThat(feed.items()).extracting(FeedItem::link).containsExactly(URI.create("https://harbour.example/news/pilots"),
                server.url("/news/bridge"), null, null);
        assertThat(feed.items().get(2).problem()).isEqualTo("names no link to its article");
        assertThat(feed.items().get(3).problem()).isEqualTo("links to mailto:desk@harbour.example, which is not an http or https address");
        assertThat(fetched.validators().etag()).isNotBlank();
        assertThat(fetched.validators().lastModified()).isEqualTo("Wed, 02 Dec 2026 03:00:00 GMT");
    }

    @Test
    void should_send_the_validators_and_take_a_304_as_nothing_new() throws Exception {
        FeedFetch.Fetched first = (FeedFetch.Fetched) fetcher.fetchFeed(server.url("/atom"), FeedFetch.Validators.NONE);
        assertThat(((FeedDocument.Feed) reader.read(first)).items()).extracting(FeedItem::title).containsExactly("Ferry late");

        FeedFetch again = fetcher.fetchFeed(server.url("/atom"), first.validators());

        assertThat(again).isEqualTo(new FeedFetch.NotModified(server.url("/atom")));
        List<WebServer.Request> requests = server.requests();
        assertThat(requests.get(requests.size() - 1).ifNoneMatch()).isEqualTo(first.validators().etag());
    }

    @Test
    void should_find_the_feed_a_page_names() throws Exception {
        FeedFetch.Fetched page = (FeedFetch.Fetched) fetcher.fetchFeed(server.url("/home"), FeedFetch.Validators.NONE);
        assertThat(reader.read(page)).isEqualTo(new FeedDocument.PageWithFeed(server.url("/home"), server.url("/rss.xml")));
    }

    @Test
    void should_refuse_in_one_line_what_is_not_a_feed_with_the_page_rules_kept() {
        assertThatThrownBy(() -> fetcher.fetchFeed(server.url("/data.json"), FeedFetch.Validators.NONE))
                .hasMessage("is not a feed but a data or text file (application/json)");
        assertThatThrownBy(() -> fetcher.fetchFeed(server.url("/huge.xml"), FeedFetch.Validators.NONE))
                .hasMessageContaining("limit for one page (ingest.max-file-mb)");
        assertThatThrownBy(() -> new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024,
                false, false)).fetchFeed(server.url("/rss.xml"), FeedFetch.Validators.NONE))
                .hasMessageContaining("links to private or local addresses are refused");
        assertThatThrownBy(() -> reader.read((FeedFetch.Fetched) fetcher.fetchFeed(server.url("/junk.xml"), FeedFetch.Validators.NONE)))
                .isInstanceOf(PageException.class).hasMessageStartingWith("is not a feed that can be read (neither RSS nor Atom")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void should_refuse_a_feed_that_declares_entities_rather_than_read_a_file() {
        assertThatThrownBy(() -> reader.read((FeedFetch.Fetched) fetcher.fetchFeed(server.url("/evil.xml"), FeedFetch.Validators.NONE)))
                .isInstanceOf(PageException.class).hasMessageStartingWith("is not a feed that can be read");
    }
}
