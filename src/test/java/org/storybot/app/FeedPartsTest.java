package org.storybot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.config.ConfigLoader;
import org.storybot.config.StorybotConfig;
import org.storybot.feed.FeedPoll;
import org.storybot.feed.FeedPoller;
import org.storybot.ingest.IngestResult;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.WebServer;

/** The background poller as the bot runs it, through the app's wiring, on a period set short for the test. */
class FeedPartsTest {

    @TempDir
    Path dir;

    @Test
    void should_poll_on_its_schedule_hand_on_what_it_adds_and_stop_when_closed() throws Exception {
        String medical = Files.readString(SharedData.require("data/web_pages/medicalnewstoday/source.html"));
        String telegraph = Files.readString(SharedData.require("data/web_pages/telegraph/source.html"));
        StorybotConfig config = new ConfigLoader().load(Path.of("").toAbsolutePath(), Path.of("config/storybot.yaml"),
                Map.of("STORYBOT_INGEST_ALLOW_PRIVATE_ADDRESSES", "true")).withDataDir(dir.resolve("data"));
        BlockingQueue<FeedPoll.Polled> announced = new LinkedBlockingQueue<>();
        try (WebServer server = WebServer.start().html("/brain.html", medical).html("/zimbabwe.html", telegraph);
                Storybot root = new Storybot(config, false, Map.of(), Models.shared())) {
            server.feed("/rss.xml", "application/rss+xml", rss("/brain.html"));
            FeedPoller poller;
            try (FeedParts parts = new FeedParts(root, Duration.ofMillis(300), Clock.systemUTC())) {
                parts.feeds().follow(server.url("/rss.xml").toString());
                poller = parts.startPolling(announced::add);
                assertThat(parts.startPolling(announced::add)).isSameAs(poller);

                FeedPoll.Polled first = announced.poll(60, TimeUnit.SECONDS);
                assertThat(first).isNotNull();
                assertThat(first.added()).extracting(IngestResult::title)
                        .containsExactly("How does the brain turn unconscious information into conscious thought?");

                server.feed("/rss.xml", "application/rss+xml", rss("/zimbabwe.html", "/brain.html"));
                FeedPoll.Polled second = announced.poll(60, TimeUnit.SECONDS);
                assertThat(second).isNotNull();
                assertThat(second.added()).extracting(IngestResult::title).singleElement().asString().startsWith("Zimbabwe coup");
                assertThat(second.unchanged()).isEqualTo(1);
            }
            assertThat(poller.isClosed()).isTrue();
            int after = server.requests().size();
            Thread.sleep(900); // three periods: a closed poller asks for nothing
            assertThat(server.requests()).hasSize(after);
        }
    }

    private static String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>").append(path).append("</title><link>").append(path).append("</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Health and world</title><link>/</link>"
                + "<description>x</description>" + items + "</channel></rss>";
    }
}
