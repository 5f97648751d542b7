package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;
import org.storybot.support.WebServer;

/** Feeds through the command line: follow, feeds, feeds --json, feeds --poll (twice), unfollow, and the refusals. */
class FeedCommandsTest {

    private static final Map<String, String> ALLOW_LOCAL = Map.of("STORYBOT_INGEST_ALLOW_PRIVATE_ADDRESSES", "true");

    @TempDir
    Path dir;

    @Test
    void should_follow_poll_list_and_unfollow_a_feed_reporting_counts_per_feed() throws Exception {
        String article;
        try (InputStream in = FeedCommandsTest.class.getResourceAsStream("/web/harbour-article.html")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (WebServer server = WebServer.start().html("/harbour", article).status("/gone", 404)
                .feed("/rss.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coastal"
                        + "</title><link>/</link><description>d</description><item><title>Strike</title><link>/harbour</link>"
                        + "</item><item><title>Gone</title><link>/gone</link></item></channel></rss>")) {
            String feed = server.url("/rss.xml").toString();

            Cli.Run followed = run("follow", feed);
            assertThat(followed.exitCode()).isZero();
            assertThat(followed.out()).startsWith("following  " + feed + "  (Coastal, 2 items)");
            assertThat(run("follow", feed).out()).startsWith("already following " + feed);

            Cli.Run polled = run("feeds", "--poll");
            assertThat(polled.exitCode()).isEqualTo(1); // one item failed
            assertThat(polled.out()).contains("feed       Coastal (" + feed + "): 1 new, 0 unchanged, 1 failed",
                    "Harbour pilots strike over night shifts", "1 new, 0 unchanged, 1 failed in 1 feeds");
            assertThat(polled.err().strip()).isEqualTo("failed     " + server.url("/gone") + ": the server answered 404 (no such page)");

            int before = server.requested().size();
            Cli.Run again = run("feeds", "--poll");
            assertThat(again.out()).contains("feed       Coastal (" + feed + "): not changed since the last poll");
            assertThat(server.requested().subList(before, server.requested().size())).containsExactly("/rss.xml");

            assertThat(run("feeds").out()).startsWith(feed + "  Coastal  (polled ");
            JsonNode listed = TestLibrary.JSON.readTree(run("feeds", "--json").out());
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("url").asText()).isEqualTo(feed);
            assertThat(listed.get(0).get("failures").asInt()).isZero();

            assertThat(run("unfollow", feed).out().strip()).isEqualTo("unfollowed " + feed);
            Cli.Run none = run("unfollow", feed);
            assertThat(none.exitCode()).isEqualTo(1);
            assertThat(none.err().strip()).isEqualTo("storybot: no followed feed has the address " + feed
                    + " (`storybot feeds` lists them)");
            assertThat(run("feeds", "--poll").out().strip()).isEqualTo("No feeds are followed. Follow one with: storybot follow URL");

            Cli.Run notFeed = run("follow", server.url("/harbour").toString());
            assertThat(notFeed.exitCode()).isEqualTo(1);
            assertThat(notFeed.err().lines()).hasSize(1).first().asString().startsWith("failed     " + server.url("/harbour")
                    + ": is a web page that names no feed");
        }
    }

    private Cli.Run run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--data-dir=" + dir.resolve("data"); // after the command's name, as the other command tests give it
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return Cli.run(ALLOW_LOCAL, null, all);
    }
}
