package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.CHANNEL_2;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.config.DiscordConfig;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.discord.FakeDiscord.Interaction;
import org.storybot.discord.FakeGateway.Identified;
import org.storybot.store.IdentifyGate;

/** One process running several shards: each its own connection, questions answered on every one, commands registered once. */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class ShardsTest {

    private static final String QUESTION = "Who turned down the resignation?";
    private static final String ANSWER = "turned down the Attorney General’s offer";

    @TempDir
    Path dir;

    private DiscordBot bot(StoryLibrary library, String totalShards, String shards, Duration interval) {
        DiscordConfig config = new DiscordConfig("", List.of(), 5, 60).withShards(totalShards, shards);
        return new DiscordBot(library.assistant, library.test.ingestor, library.links, null,
                new DiscordBot.Settings(config, 500, 1024 * 1024, false), Clock.systemUTC(),
                IdentifyGate.local(IdentifyTurns.spacing(interval)), builder -> builder);
    }

    @Test
    void should_answer_a_slash_command_on_either_shard_and_register_the_commands_once() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN); StoryLibrary library = new StoryLibrary(dir)) {
            discord.addSecondServer();
            DiscordBot bot = bot(library, "2", "0-1", Duration.ofMillis(300));
            try {
                DiscordBot.Online online = bot.start(FakeDiscord.TOKEN);
                discord.awaitShards(2);
                Interaction onShard0 = discord.slash(910_000_000_000_000_201L, CHANNEL, "ask", Map.of("question", QUESTION));
                Interaction onShard1 = discord.slash(910_000_000_000_000_202L, CHANNEL_2, "ask", Map.of("question", QUESTION));

                assertThat(discord.await(c -> c.is("PATCH", onShard0.originalPath())).content()).contains(ANSWER);
                assertThat(discord.await(c -> c.is("PATCH", onShard1.originalPath())).content()).contains(ANSWER);
                assertThat(online.shards()).containsExactly(0, 1);
                assertThat(online.totalShards()).isEqualTo(2);
                assertThat(online.servers()).as("each server on its own shard, counted once").isEqualTo(2);
                List<Identified> identifies = discord.identifies();
                assertThat(identifies).extracting(Identified::shard, Identified::total)
                        .containsExactlyInAnyOrder(tuple(0, 2), tuple(1, 2));
                assertThat(Duration.ofNanos(Math.abs(identifies.get(1).nanos() - identifies.get(0).nanos())))
                        .as("identifies spaced within the process").isGreaterThanOrEqualTo(Duration.ofMillis(300));
                assertThat(discord.calls()).filteredOn(c -> c.method().equals("PUT")).as("commands registered once")
                        .hasSize(1);
                assertThat(discord.calls()).filteredOn(c -> c.is("GET", "/api/v10/gateway/bot")).hasSize(1);
            } finally {
                bot.close();
            }
        }
    }

    @Test
    void should_run_as_many_shards_as_discord_recommends_when_the_count_is_auto() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN); StoryLibrary library = new StoryLibrary(dir)) {
            discord.recommendShards(2, 2); // two may identify at once: each shard in its own bucket
            DiscordBot bot = bot(library, "auto", "", Duration.ofSeconds(5));
            try {
                long before = System.nanoTime();
                DiscordBot.Online online = bot.start(FakeDiscord.TOKEN);

                assertThat(online.shards()).containsExactly(0, 1);
                assertThat(online.totalShards()).isEqualTo(2);
                assertThat(discord.identifies()).extracting(Identified::shard, Identified::total)
                        .containsExactlyInAnyOrder(tuple(0, 2), tuple(1, 2));
                assertThat(Duration.ofNanos(System.nanoTime() - before)).as("no 5 s wait between buckets")
                        .isLessThan(Duration.ofSeconds(5));
                Call gateway = discord.await(c -> c.is("GET", "/api/v10/gateway/bot"));
                assertThat(gateway.authorization()).isEqualTo("Bot " + FakeDiscord.TOKEN);
            } finally {
                bot.close();
            }
        }
    }

    @Test
    void should_run_one_shard_without_asking_discord_how_to_shard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN); StoryLibrary library = new StoryLibrary(dir)) {
            DiscordBot bot = bot(library, "1", "", Duration.ofSeconds(5));
            try {
                DiscordBot.Online online = bot.start(FakeDiscord.TOKEN);

                assertThat(online.shards()).containsExactly(0);
                assertThat(discord.identifies()).extracting(Identified::shard).containsExactly(0);
                assertThat(discord.calls()).noneMatch(c -> c.path().equals("/api/v10/gateway/bot"));
            } finally {
                bot.close();
            }
        }
    }
}
