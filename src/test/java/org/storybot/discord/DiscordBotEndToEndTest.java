package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.GUILD;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.config.DiscordConfig;
import org.storybot.discord.FakeDiscord.Call;

/**
 * The real Javacord, unmodified, logged in to a fake Discord on 127.0.0.1, answering from a real
 * library through a real Assistant. Every test does what a member would do and asserts on the REST
 * calls the bot makes in reply: their order, callback types, flags, allowed mentions and lengths.
 *
 * <p>The tests are in three classes by theme, run here as nested classes so that they share one
 * bot, started once, and the check after them all covers every message it sent:
 * {@link AskingEndToEnd} (answers, buttons, mentions, threads), {@link LibraryEndToEnd} (commands,
 * stories added and listed, summaries) and {@link SafetyEndToEnd} (pings, limits, failures, what
 * the bot ignores).
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class DiscordBotEndToEndTest extends BotEndToEnd {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    static Path dir;

    private static DiscordBot bot;

    @BeforeAll
    static void start_the_bot_against_the_fake() throws Exception {
        discord = FakeDiscord.start(dir, FakeDiscord.TOKEN);
        library = new StoryLibrary(dir);
        DiscordConfig config = new DiscordConfig(String.valueOf(GUILD), List.of(String.valueOf(CHANNEL)), 5, 60);
        bot = new DiscordBot(library.assistant, library.test.ingestor, library.links, null,
                new DiscordBot.Settings(config, 500, 1024 * 1024, false),
                Clock.fixed(NOW, ZoneOffset.UTC), builder -> builder.setGatewayIdentifyRatelimiter(() -> { }));
        online = bot.start(FakeDiscord.TOKEN);
        discord.awaitLogin();
    }

    @AfterAll
    static void every_message_sent_allowed_no_mentions_then_stop() throws Exception {
        try {
            List<Call> messages = discord.calls().stream().filter(DiscordBotEndToEndTest::sendsAMessage).toList();
            assertThat(messages).hasSizeGreaterThan(30).allSatisfy(c -> assertThat(
                    (c.body().has("data") ? c.body().get("data") : c.body()).path("allowed_mentions").toString())
                    .as(c.toString()).isEqualTo(NO_MENTIONS));
        } finally {
            stop();
        }
    }

    private static boolean sendsAMessage(Call c) {
        return c.body() != null && (c.path().endsWith("/messages") || c.path().contains("/webhooks/")
                || c.body().path("type").asInt() == 4);
    }

    private static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (discord != null) {
            discord.close();
        }
        if (library != null) {
            library.close();
        }
    }

    @Nested
    class Asking extends AskingEndToEnd {
    }

    @Nested
    class Library extends LibraryEndToEnd {
    }

    @Nested
    class Safety extends SafetyEndToEnd {
    }
}
