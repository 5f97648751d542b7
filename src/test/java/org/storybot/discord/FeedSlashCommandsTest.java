package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.config.DiscordConfig;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.feed.FeedPoll;
import org.storybot.feed.Feeds;
import org.storybot.store.FeedStore;
import org.storybot.store.StoryStore;
import org.storybot.support.WebServer;
import org.storybot.web.FeedReader;
import org.storybot.web.PageFetcher;

/** /follow, /unfollow and /feeds, and the announcement of a feed's new story, against the fake Discord. */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class FeedSlashCommandsTest {

    @TempDir
    Path dir;

    @Test
    void should_let_managers_follow_list_everyone_and_announce_new_stories_without_pings() throws Exception {
        String html = new String(FeedSlashCommandsTest.class.getResourceAsStream("/web/harbour-article.html").readAllBytes(),
                StandardCharsets.UTF_8);
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN); StoryLibrary library = new StoryLibrary(dir);
                WebServer site = WebServer.start().html("/pilots", html).feed("/rss.xml", "application/rss+xml",
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coastal @everyone</title><link>/</link>"
                                + "<description>d</description><item><title>x</title><link>/pilots</link></item></channel></rss>")) {
            PageFetcher fetcher = new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(5),
                    1024 * 1024, true, true));
            Feeds feeds = new Feeds(fetcher, new FeedReader(), new FeedStore(library.test.database),
                    new StoryStore(library.test.database), library.links, Clock.systemUTC());
            DiscordBot bot = new DiscordBot(library.assistant, library.test.ingestor, library.links, feeds,
                    new DiscordBot.Settings(new DiscordConfig(String.valueOf(FakeDiscord.GUILD), List.of(), 5, 60), 500,
                            1024 * 1024, false), Clock.systemUTC(), builder -> builder.setGatewayIdentifyRatelimiter(() -> { }));
            try {
                bot.start(FakeDiscord.TOKEN);
                discord.awaitLogin();
                Call put = discord.await(c -> c.method().equals("PUT"));
                String feed = site.url("/rss.xml").toString();

                FakeDiscord.Interaction refused = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "follow", Map.of("url", feed));
                Call refusal = discord.await(c -> c.is("POST", refused.callbackPath()));
                FakeDiscord.Interaction follow = discord.slash(FakeDiscord.OWNER, FakeDiscord.CHANNEL, "follow", Map.of("url", feed));
                Call followed = discord.await(c -> c.is("PATCH", follow.originalPath()));
                FakeDiscord.Interaction list = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "feeds", Map.of());
                Call listed = discord.await(c -> c.is("PATCH", list.originalPath()));

                assertThat(names(put.body())).containsSubsequence("ingest", "follow", "unfollow", "feeds");
                assertThat(command(put.body(), "follow").path("default_member_permissions").asText())
                        .isEqualTo(command(put.body(), "ingest").path("default_member_permissions").asText()).isNotEmpty();
                assertThat(refusal.body().path("data").path("content").asText()).isEqualTo(FeedCommands.REFUSED);
                assertThat(followed.content()).startsWith("Following **Coastal @everyone** (<" + feed + ">, 1 items)");
                assertThat(listed.content()).contains("**Followed feeds**", "<" + feed + ">");

                FeedPoll.Polled polled = (FeedPoll.Polled) feeds.pollAll().get(0);
                bot.announcer(String.valueOf(FakeDiscord.CHANNEL)).added(polled);
                Call announced = discord.await(c -> c.is("POST", "/api/v10/channels/" + FakeDiscord.CHANNEL + "/messages"));

                assertThat(announced.content()).startsWith("New story from The Coastal Gazette: **Harbour pilots strike over "
                        + "night shifts** (`coastal-gazette");
                assertThat(announced.body().path("allowed_mentions").toString())
                        .isEqualTo("{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}");
            } finally {
                bot.close();
            }
        }
    }

    private static List<String> names(JsonNode commands) {
        return StreamSupport.stream(commands.spliterator(), false).map(c -> c.path("name").asText()).toList();
    }

    private static JsonNode command(JsonNode commands, String name) {
        return StreamSupport.stream(commands.spliterator(), false).filter(c -> c.path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }
}
