package org.storybot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import org.storybot.store.StoryStore;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.support.WebServer;
import org.storybot.web.PageFetcher;

/**
 * Links into a real library (H2, Lucene, the embedding model), from real news pages served on
 * 127.0.0.1: what is stored, that the same article is stored once, and that a failed link stores nothing.
 */
class LinkIngestTest {

    @TempDir
    static Path dir;

    private static WebServer server;
    private static TestLibrary library;
    private static LinkIngestor links;
    private static String bbc;

    @BeforeAll
    static void serve_real_pages() throws Exception {
        bbc = Files.readString(SharedData.require("data/web_pages/bbc-1/source.html"));
        server = WebServer.start()
                .html("/news/world-us-canada-33646704", bbc)
                .html("/mirror/obama-interview.html", bbc) // the same article at another address: the same canonical
                .html("/login.html", "<html><head><title>Sign in</title></head><body><form><input name=u><button>Go</button></form></body></html>")
                .page("/empty.html", "text/html", new byte[0])
                .status("/gone.html", 404)
                .slow("/slow.html", 3000, bbc)
                .redirect("/loop-a", "/loop-b").redirect("/loop-b", "/loop-a")
                .huge("/huge.html", 30L * 1024 * 1024, false)
                .page("/report.pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        library = new TestLibrary(dir.resolve("data"));
        links = new LinkIngestor(new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(1),
                10L * 1024 * 1024, true, true)), library.ingestor);
    }

    @AfterAll
    static void stop() {
        server.close();
        library.close();
    }

    @Test
    void should_store_a_news_page_as_a_story_with_its_details_and_only_its_article() {
        IngestResult result = links.ingest(server.url("/news/world-us-canada-33646704").toString());

        assertThat(result.failed()).as(String.valueOf(result.error())).isFalse();
        StoredStory story = library.library.storedStory(result.storyId()).orElseThrow();
        StoryInfo info = story.info();
        assertThat(info.title()).isEqualTo("Obama admits US gun laws are his 'biggest frustration'");
        assertThat(info.date()).isEqualTo("2015-07-24");
        assertThat(info.source()).isEqualTo("BBC News");
        assertThat(info.url()).isEqualTo("http://www.bbc.com/news/world-us-canada-33646704");
        assertThat(info.language()).isEqualTo("en");
        assertThat(info.authors()).isNull(); // the page's byline is the outlet itself
        assertThat(story.paragraphs().get(0).text()).startsWith("President Barack Obama has admitted that his failure");
        assertThat(story.paragraphs()).allSatisfy(p -> assertThat(p.text())
                .doesNotContain("Share this", "Media playback", "Image copyright", "Related Topics", "More on this story"));
    }

    @Test
    void should_store_the_same_article_once_whatever_its_address_and_replace_it_when_it_changes() {
        IngestResult first = links.ingest(server.url("/news/world-us-canada-33646704").toString());
        IngestResult again = links.ingest(server.url("/news/world-us-canada-33646704").toString());
        IngestResult mirror = links.ingest(server.url("/mirror/obama-interview.html").toString());
        int stories = library.library.stories().size();

        server.html("/news/world-us-canada-33646704", bbc.replace("greatest frustration of his presidency",
                "greatest frustration of his eight years in office"));
        IngestResult changed = links.ingest(server.url("/news/world-us-canada-33646704").toString());

        assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.UNCHANGED);
        assertThat(mirror.outcome()).isEqualTo(IngestResult.Outcome.UNCHANGED);
        assertThat(List.of(again.storyId(), mirror.storyId(), changed.storyId())).containsOnly(first.storyId());
        assertThat(changed.outcome()).isEqualTo(IngestResult.Outcome.REPLACED);
        assertThat(library.library.stories()).hasSize(stories);
        assertThat(library.library.storedStory(first.storyId()).orElseThrow().paragraphs().get(0).text())
                .contains("his eight years in office");
        server.html("/news/world-us-canada-33646704", bbc);
    }

    @Test
    void should_say_in_one_line_why_a_link_failed_and_store_nothing() {
        String before = new StoryStore(library.database).fingerprint();
        int stories = library.library.stories().size();

        assertFailure("/gone.html", "the server answered 404 (no such page)");
        assertFailure("/slow.html", "the page did not arrive within 1 s (ingest.read-timeout-seconds)");
        assertFailure("/loop-a", "the site redirects in a loop (back to " + server.url("/loop-a") + ")");
        assertFailure("/huge.html", "is larger than the 10.0 MB limit for one page (ingest.max-file-mb)");
        assertFailure("/report.pdf", "is not a web page but a PDF document (application/pdf)");
        assertFailure("/login.html", "no article found on the page");
        assertFailure("/empty.html", "the page is empty");
        assertThat(links.ingest("not a link at all").error()).isEqualTo("is not a valid link");
        assertThat(links.ingest("gopher://127.0.0.1/1").error()).isEqualTo("only http and https links are fetched, not gopher:");

        assertThat(new StoryStore(library.database).fingerprint()).isEqualTo(before);
        assertThat(library.library.stories()).hasSize(stories);
    }

    private static void assertFailure(String path, String message) {
        IngestResult result = links.ingest(server.url(path).toString());
        assertThat(result.failed()).as(path).isTrue();
        assertThat(result.error()).as(path).isEqualTo(message).doesNotContain("\n");
        assertThat(result.file()).isEqualTo(server.url(path).toString());
    }
}
