package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.CHANNEL_2;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.app.Heartbeat;
import org.storybot.config.DiscordConfig;
import org.storybot.discord.FakeDiscord.Interaction;
import org.storybot.discord.FakeGateway.Identified;
import org.storybot.store.ServerLocation;
import org.storybot.support.Cli;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.support.TestPostgres;

/**
 * Two bot "processes" on one PostgreSQL library, each with its own composition root, store pool,
 * index, identify limiter (the advisory lock on the shared server) and heartbeat, running shard 0
 * and shard 1 of 2 against one fake Discord, as two machines would: their identifies are spaced,
 * the commands are registered once, each answers on its own shard, and {@code storybot status}
 * lists both.
 */
@Tag("discord-e2e") // two bots against the fake Discord, on a real PostgreSQL server
class ShardedProcessesTest {

    /** Short for the test; the product waits Discord's 5 s. */
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @Test
    void should_space_the_identifies_of_two_processes_and_list_both_in_status() throws Exception {
        ServerLocation pg = TestPostgres.freshDatabase();
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN);
                TestLibrary one = new TestLibrary(dir.resolve("one"), TestPostgres.settings(pg), TestPostgres.env(pg));
                TestLibrary two = new TestLibrary(dir.resolve("two"), TestPostgres.settings(pg), TestPostgres.env(pg))) {
            discord.addSecondServer();
            one.ingestor.ingestFile(SharedData.seedStory()); // the other process finds it through the server
            DiscordBot first = bot(one, "0");
            DiscordBot second = bot(two, "1");
            try {
                CompletableFuture<DiscordBot.Online> starting0 = CompletableFuture.supplyAsync(() -> first.start(FakeDiscord.TOKEN));
                CompletableFuture<DiscordBot.Online> starting1 = CompletableFuture.supplyAsync(() -> second.start(FakeDiscord.TOKEN));
                DiscordBot.Online online0 = starting0.get(90, TimeUnit.SECONDS);
                DiscordBot.Online online1 = starting1.get(90, TimeUnit.SECONDS);
                try (Heartbeat beat0 = Heartbeat.start(one.root, online0.shards(), online0.totalShards(), Duration.ofSeconds(1));
                        Heartbeat beat1 = Heartbeat.start(two.root, online1.shards(), online1.totalShards(), Duration.ofSeconds(1))) {
                    List<Identified> identifies = discord.identifies();
                    assertThat(identifies).extracting(Identified::shard).containsExactlyInAnyOrder(0, 1);
                    assertThat(Duration.ofNanos(Math.abs(identifies.get(1).nanos() - identifies.get(0).nanos())))
                            .as("identifies of the two processes, spaced through the server").isGreaterThanOrEqualTo(INTERVAL);
                    assertThat(discord.calls()).filteredOn(c -> c.method().equals("PUT"))
                            .as("registered by the process running shard 0 only").hasSize(1);

                    Interaction onShard0 = discord.slash(910_000_000_000_000_301L, CHANNEL, "ask",
                            Map.of("question", "Who turned down the resignation?"));
                    Interaction onShard1 = discord.slash(910_000_000_000_000_302L, CHANNEL_2, "ask",
                            Map.of("question", "Who turned down the resignation?"));
                    assertThat(discord.await(c -> c.is("PATCH", onShard0.originalPath())).content())
                            .contains("turned down the Attorney General’s offer");
                    assertThat(discord.await(c -> c.is("PATCH", onShard1.originalPath())).content())
                            .contains("turned down the Attorney General’s offer");

                    JsonNode status = status(pg);
                    List<JsonNode> processes = StreamSupport.stream(status.path("processes").spliterator(), false).toList();
                    assertThat(processes).extracting(p -> p.path("shards").toString()).containsExactlyInAnyOrder("[0]", "[1]");
                    assertThat(processes).allSatisfy(p -> {
                        assertThat(p.path("total_shards").asInt()).isEqualTo(2);
                        assertThat(p.path("stale").asBoolean()).isFalse();
                        assertThat(p.path("heartbeat_age_seconds").asDouble()).isLessThan(3);
                        assertThat(p.path("fingerprint").asText()).as("the library its index holds")
                                .isEqualTo(status.path("fingerprint").asText()).isNotEmpty();
                    });
                    assertThat(processes).extracting(p -> p.path("id").asText())
                            .containsExactlyInAnyOrder(beat0.process().id(), beat1.process().id());

                    beat1.close(); // that process stops cleanly
                    assertThat(status(pg).path("processes")).hasSize(1);
                }
                assertThat(status(pg).path("processes")).isEmpty();
            } finally {
                first.close();
                second.close();
            }
        }
    }

    private DiscordBot bot(TestLibrary library, String shard) {
        DiscordConfig config = new DiscordConfig("", List.of(), 5, 60).withShards("2", shard);
        return new DiscordBot(library.assistant(), library.ingestor, library.root.links(), null,
                new DiscordBot.Settings(config, 500, 1024 * 1024, false), Clock.systemUTC(),
                library.database.identifyGate(IdentifyTurns.spacing(INTERVAL)), builder -> builder);
    }

    private JsonNode status(ServerLocation pg) throws Exception {
        Map<String, String> env = new HashMap<>(TestPostgres.env(pg));
        env.put("STORYBOT_STORE_URL", pg.url());
        env.put("STORYBOT_STORE_USER", pg.user());
        env.put("STORYBOT_STORE_PASSWORD_ENV", TestPostgres.PASSWORD_ENV);
        Cli.Run run = Cli.run(env, null, "--data-dir", dir.resolve("status").toString(), "status", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return TestLibrary.JSON.readTree(run.out());
    }
}
