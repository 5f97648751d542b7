package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.config.DiscordConfig;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.store.AnswerLog;
import org.storybot.support.Cli;
import org.storybot.support.GuardedMain;
import org.storybot.support.JavaProcess;
import org.storybot.support.TestLibrary;

/** Going online: no token, a bad token, Discord out of reach, and a good token with commands registered globally. */
@Tag("discord-e2e") // storybot discord/start against the fake Discord
class DiscordStartTest {

    private static final String BAD_TOKEN = "MTBad.token-that-Discord-refuses.0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void should_say_how_to_get_a_token_and_point_to_chat_when_none_is_set() {
        Cli.Run run = Cli.run(Map.of(), null, "--data-dir", dir.resolve("data").toString(), "discord");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("DISCORD_TOKEN is not set")
                .contains("https://discord.com/developers/applications").contains("./storybot chat");
        assertThat(dir.resolve("data")).doesNotExist(); // nothing was opened for a bot that cannot log in
    }

    @Test
    void should_refuse_a_bad_token_clearly_without_ever_printing_it() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN)) {
            Captured discordRun = captured(() -> Cli.run(Map.of("DISCORD_TOKEN", BAD_TOKEN), null,
                    "--data-dir", dir.resolve("data").toString(), "discord"));
            Captured startRun = captured(() -> Cli.run(Map.of("DISCORD_TOKEN", BAD_TOKEN), null,
                    "--data-dir", dir.resolve("data").toString(), "start"));

            for (Captured captured : List.of(discordRun, startRun)) {
                assertThat(captured.run().exitCode()).isEqualTo(1);
                assertThat(captured.run().err()).contains("Discord refused the token in DISCORD_TOKEN (HTTP 401)");
                assertThat(captured.run().out() + captured.run().err() + captured.log()).doesNotContain(BAD_TOKEN);
            }
            List<Call> checks = discord.calls();
            assertThat(checks).extracting(Call::method, Call::path, Call::status)
                    .containsOnly(tuple("GET", "/api/v10/users/@me", 401));
            assertThat(checks).hasSize(2);
        }
    }

    @Test
    void should_say_discord_is_out_of_reach_and_how_to_set_a_proxy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String host = System.getProperty("https.proxyHost");
        String port = System.getProperty("https.proxyPort");
        System.setProperty("https.proxyHost", "127.0.0.1");
        System.setProperty("https.proxyPort", String.valueOf(closedPort));
        try {
            Cli.Run run = Cli.run(Map.of("DISCORD_TOKEN", BAD_TOKEN), null, "--data-dir", dir.resolve("data").toString(),
                    "discord");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("cannot reach Discord").contains("-Dhttps.proxyHost=HOST -Dhttps.proxyPort=PORT")
                    .doesNotContain(BAD_TOKEN);
        } finally {
            restore("https.proxyHost", host);
            restore("https.proxyPort", port);
        }
    }

    @Test
    void should_register_the_commands_globally_when_no_server_is_configured() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN); StoryLibrary library = new StoryLibrary(dir)) {
            DiscordBot bot = new DiscordBot(library.assistant, library.test.ingestor, library.links, null,
                    new DiscordBot.Settings(new DiscordConfig("", List.of(), 5, 60), 500, 1024 * 1024, false), Clock.systemUTC(),
                    builder -> builder.setGatewayIdentifyRatelimiter(() -> { }));
            try {
                DiscordBot.Online online = bot.start(FakeDiscord.TOKEN);

                Call put = discord.await(c -> c.method().equals("PUT"));
                assertThat(put.path()).isEqualTo("/api/v10/applications/" + FakeDiscord.APP + "/commands");
                assertThat(put.body()).hasSize(10);
                assertThat(online.botName()).isEqualTo("storybot");
                assertThat(online.servers()).isEqualTo(1);
                assertThat(online.inviteUrl()).startsWith("https://discord.com/oauth2/authorize?client_id=" + FakeDiscord.APP);
            } finally {
                bot.close();
            }
        }
    }

    @Test
    void should_show_ingest_to_every_member_and_take_their_links_but_not_their_files_when_members_may_add_links()
            throws Exception {
        String html = new String(DiscordStartTest.class.getResourceAsStream("/web/harbour-article.html").readAllBytes(),
                StandardCharsets.UTF_8);
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN); StoryLibrary library = new StoryLibrary(dir);
                org.storybot.support.WebServer site = org.storybot.support.WebServer.start().html("/pilots", html)) {
            DiscordBot bot = new DiscordBot(library.assistant, library.test.ingestor, library.links, null,
                    new DiscordBot.Settings(new DiscordConfig(String.valueOf(FakeDiscord.GUILD), List.of(), 5, 60), 500,
                            1024 * 1024, true), Clock.systemUTC(), builder -> builder.setGatewayIdentifyRatelimiter(() -> { }));
            try {
                bot.start(FakeDiscord.TOKEN);
                discord.awaitLogin();
                Call put = discord.await(c -> c.method().equals("PUT"));
                FakeDiscord.Interaction link = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "ingest",
                        Map.of("url", site.url("/pilots").toString()));
                Call added = discord.await(c -> c.is("PATCH", link.originalPath()));
                FakeDiscord.Interaction file = discord.ingest(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "notes.txt",
                        FakeDiscord.utf8("Notes\n\nSomething happened on the quay."));
                Call refused = discord.await(c -> c.is("POST", file.callbackPath()));

                JsonNode ingest = StreamSupport.stream(put.body().spliterator(), false)
                        .filter(c -> c.path("name").asText().equals("ingest")).findFirst().orElseThrow();
                assertThat(ingest.path("default_member_permissions").isMissingNode()
                        || ingest.path("default_member_permissions").isNull()).as(ingest.toString()).isTrue();
                assertThat(added.content()).startsWith("Added **Harbour pilots strike over night shifts** as `coastal-gazette");
                assertThat(refused.body().path("data").path("content").asText()).isEqualTo(ReplyFormatter.INGEST_REFUSED);
                assertThat(library.assistant.stories()).noneMatch(s -> s.id().equals("notes"));
            } finally {
                bot.close();
            }
        }
    }

    @Test
    @Tag("subprocess")
    void should_finish_the_answer_in_flight_and_close_the_library_when_stopped_with_sigterm() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(dir, FakeDiscord.TOKEN)) {
            Path attempts = dir.resolve("connections.txt");
            Path log = dir.resolve("bot.log");
            List<String> jvm = new ArrayList<>(discord.jvmOptions());
            jvm.addAll(List.of("-Djava.security.manager=allow", "-Dguard.log=" + attempts,
                    "-Dstorybot.home=" + Path.of("").toAbsolutePath(), "-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true"));
            Map<String, String> env = new HashMap<>();
            env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
            env.put("OPT_OUT_TRACKING", "true");
            Process bot = JavaProcess.start(jvm, GuardedMain.class.getName(),
                    List.of("org.storybot.cli.Main", "--data-dir=" + dir.resolve("data"), "discord"), log, env);
            try {
                discord.await(c -> c.method().equals("PUT")); // logged in, commands registered
                FakeDiscord.Interaction ask = discord.slash(910_000_000_000_000_150L, FakeDiscord.CHANNEL, "ask",
                        Map.of("question", "Who turned down the resignation?"));
                discord.await(c -> c.is("POST", ask.callbackPath()));

                bot.destroy(); // SIGTERM while the answer is being made or sent

                assertThat(bot.waitFor(60, TimeUnit.SECONDS)).as("the bot stops").isTrue();
                Call answer = discord.await(c -> c.is("PATCH", ask.originalPath()));
                assertThat(answer.content()).contains("turned down the Attorney General’s offer");
                String output = Files.readString(log);
                assertThat(output).contains("storybot is online as storybot in 1 server(s), slash commands registered "
                        + "globally; invite: https://discord.com/oauth2/authorize?client_id=" + FakeDiscord.APP)
                        .contains("the answers in flight are finished").contains("storybot stopped; the library is closed")
                        .doesNotContain(FakeDiscord.TOKEN);
                assertThat(Files.exists(attempts) ? Files.readString(attempts) : "").as("connections off this machine").isEmpty();
            } finally {
                bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        try (TestLibrary reopened = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(reopened.database)) {
            // the answer was recorded, and the database opens cleanly
            assertThat(answers.totals().answered()).isEqualTo(1);
        }
    }

    private record Captured(Cli.Run run, String log) {
    }

    /** Runs a command with standard error captured too, where the log goes. */
    private static Captured captured(java.util.function.Supplier<Cli.Run> command) {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            Cli.Run run = command.get();
            return new Captured(run, log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
