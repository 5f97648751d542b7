package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storybot.discord.FakeDiscord.ADMIN;
import static org.storybot.discord.FakeDiscord.APP;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.DM_CHANNEL;
import static org.storybot.discord.FakeDiscord.GUILD;
import static org.storybot.discord.FakeDiscord.OTHER_BOT;
import static org.storybot.discord.FakeDiscord.OTHER_CHANNEL;
import static org.storybot.discord.FakeDiscord.READERS_ROLE;
import static org.storybot.discord.FakeDiscord.THREAD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.config.DiscordConfig;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.discord.FakeDiscord.Interaction;
import org.storybot.store.AnswerLog;
import org.storybot.store.AnswerRecord;
import org.storybot.support.WebServer;

/**
 * The real Javacord, unmodified, logged in to a fake Discord on 127.0.0.1, answering from a real
 * library through a real Assistant. Every test does what a member would do and asserts on the REST
 * calls the bot makes in reply: their order, callback types, flags, allowed mentions and lengths.
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class DiscordBotEndToEndTest {

    /** What every message must carry: no one may be pinged, the asker included. */
    private static final String NO_MENTIONS = "{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}";
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    static Path dir;

    private static FakeDiscord discord;
    private static StoryLibrary library;
    private static DiscordBot bot;
    private static DiscordBot.Online online;

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

    /** A member of the server; each test has its own, so question budgets never mix. */
    private static long member(int n) {
        return 910_000_000_000_000_100L + n;
    }

    @Test
    void should_register_the_slash_commands_in_the_configured_server_and_log_the_invite_link() throws Exception {
        Call put = discord.await(c -> c.is("PUT", "/api/v10/applications/" + APP + "/guilds/" + GUILD + "/commands"));

        assertThat(put.authorization()).isEqualTo("Bot " + FakeDiscord.TOKEN);
        assertThat(names(put.body())).containsExactly("ask", "summary", "quote", "people", "timeline", "compare", "sources", "stories",
                "help", "ingest");
        JsonNode ask = command(put.body(), "ask");
        assertThat(option(ask, "question").path("required").asBoolean()).isTrue();
        assertThat(option(ask, "question").path("max_length").asInt()).isEqualTo(500);
        assertThat(option(ask, "story").path("autocomplete").asBoolean()).isTrue();
        assertThat(names(option(command(put.body(), "summary"), "length").path("choices")))
                .containsExactly("short", "medium", "long");
        JsonNode ingest = command(put.body(), "ingest");
        assertThat(ingest.path("default_member_permissions").asText()).isEqualTo("32"); // Manage Server
        assertThat(ingest.path("dm_permission").asBoolean(true)).isFalse();
        assertThat(option(ingest, "file").path("type").asInt()).isEqualTo(11); // an attachment
        assertThat(option(ingest, "url").path("type").asInt()).isEqualTo(3); // or a link
        assertThat(option(ingest, "file").path("required").asBoolean()).isFalse();
        assertThat(online.inviteUrl()).isEqualTo("https://discord.com/oauth2/authorize?client_id=" + APP
                + "&scope=bot%20applications.commands&permissions=274877975552&prompt=consent");
        assertThat(discord.proxied()).isNotEmpty().allMatch(host -> host.equals("discord.com:443")
                || host.equals("cdn.discordapp.com:443"));
    }

    @Test
    void should_defer_ask_then_answer_with_inline_markers_a_sources_block_and_buttons() throws Exception {
        Interaction ask = discord.slash(member(1), CHANNEL, "ask", Map.of("question", "Who turned down the resignation?"));
        Call answer = discord.await(c -> c.is("PATCH", ask.originalPath()));

        List<Call> calls = discord.callsAbout(ask);
        assertThat(calls).extracting(Call::method, Call::path)
                .containsExactly(tuple("POST", ask.callbackPath()),
                        tuple("PATCH", ask.originalPath()));
        assertThat(calls.get(0).body().toString()).isEqualTo("{\"type\":5}");
        String content = answer.content();
        assertThat(content).contains("The President allegedly turned down the Attorney General’s offer.” [1]")
                .contains("**Sources**")
                .contains("**[1]** " + SeedStory.TITLE + ", paragraph 1")
                .containsOnlyOnce("The President allegedly turned down"); // quoted in the answer, not again under Sources
        assertThat(answer.body().path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
        assertThat(answer.body().path("flags").asInt(0) & 64).isZero(); // everyone in the channel sees the answer
        String answerId = customIds(answer.body()).get(1).replace("storybot:vote:up:", "");
        assertThat(customIds(answer.body())).containsExactly("storybot:sources:" + answerId + ":channel-" + CHANNEL,
                "storybot:vote:up:" + answerId, "storybot:vote:down:" + answerId);
        assertThat(labels(answer.body())).containsExactly("Show sources", "👍", "👎");
    }

    @Test
    void should_show_the_full_cited_paragraph_only_to_whoever_clicks_show_sources() throws Exception {
        Interaction ask = discord.slash(member(2), CHANNEL, "ask", Map.of("question", "Who turned down the resignation?"));
        Call answer = discord.await(c -> c.is("PATCH", ask.originalPath()));
        String sourcesButton = customIds(answer.body()).get(0);

        Interaction click = discord.click(member(3), sourcesButton, answer.response());
        Call shown = discord.await(c -> c.is("POST", click.callbackPath()));

        assertThat(shown.body().path("type").asInt()).isEqualTo(4);
        JsonNode data = shown.body().path("data");
        assertThat(data.path("flags").asInt()).isEqualTo(64);
        assertThat(data.path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
        assertThat(data.path("content").asText())
                .startsWith("**[1] " + SeedStory.TITLE + ", paragraph 1**\n> ")
                .contains("The White House has declined to comment on whether Trump has confidence in Sessions moving forward.");
    }

    @Test
    void should_store_a_thumbs_down_with_the_answer_and_thank_only_the_voter() throws Exception {
        Interaction ask = discord.slash(member(4), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        Call answer = discord.await(c -> c.is("PATCH", ask.originalPath()));
        String down = customIds(answer.body()).get(2);
        long answerId = Long.parseLong(down.substring(down.lastIndexOf(':') + 1));

        Interaction click = discord.click(member(5), down, answer.response());
        Call thanks = discord.await(c -> c.is("POST", click.callbackPath()));

        assertThat(thanks.body().path("type").asInt()).isEqualTo(4);
        assertThat(thanks.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(thanks.body().path("data").path("content").asText()).contains("👎 is recorded");
        AnswerLog answers = library.answers();
        assertThat(answers.latestDownvoted(20)).extracting(AnswerRecord::id).contains(answerId);
        assertThat(answers.find(answerId).orElseThrow().channel()).isEqualTo(String.valueOf(CHANNEL));
    }

    @Test
    void should_show_typing_then_reply_to_a_mention() throws Exception {
        JsonNode question = discord.message(member(6), CHANNEL, "<@" + BOT + "> Who turned down the resignation?", true, null);
        Call reply = discord.await(repliesTo(question));

        List<Call> inChannel = discord.calls().stream().filter(c -> c.path().startsWith("/api/v10/channels/" + CHANNEL)).toList();
        Call typing = inChannel.stream().filter(c -> c.path().endsWith("/typing")).findFirst().orElseThrow();
        assertThat(inChannel.indexOf(typing)).isLessThan(inChannel.indexOf(reply));
        assertThat(reply.body().path("message_reference").path("message_id").asText()).isEqualTo(question.path("id").asText());
        assertThat(reply.body().path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
        assertThat(reply.content()).contains("turned down the Attorney General’s offer").contains("**Sources**");
        assertThat(customIds(reply.body())).hasSize(3);
    }

    @Test
    void should_read_a_follow_up_in_a_thread_with_the_turn_before_it() throws Exception {
        long asker = member(7);
        JsonNode first = discord.message(asker, THREAD, "<@" + BOT + "> Who is Sarah Huckabee Sanders?", true, null);
        discord.await(repliesTo(first));
        JsonNode followUp = discord.message(asker, THREAD, "<@" + BOT + "> What did she say?", true, null);
        Call answer = discord.await(repliesTo(followUp));
        JsonNode alone = discord.message(member(8), DM_CHANNEL, "What did she say?", false, null);
        Call unrelated = discord.await(repliesTo(alone));

        assertThat(answer.path()).isEqualTo("/api/v10/channels/" + THREAD + "/messages");
        assertThat(answer.content()).contains("said Trump only signed the revised order");
        assertThat(unrelated.content()).doesNotContain("revised order"); // the same words in a new conversation
    }

    @Test
    void should_continue_the_conversation_when_someone_replies_to_an_answer() throws Exception {
        long asker = member(9);
        JsonNode first = discord.message(asker, CHANNEL, "<@" + BOT + "> Who is Sarah Huckabee Sanders?", true, null);
        Call answer = discord.await(repliesTo(first));

        JsonNode reply = discord.message(asker, CHANNEL, "What did she say?", false, answer.response());
        Call followUp = discord.await(repliesTo(reply));

        assertThat(followUp.content()).contains("said Trump only signed the revised order");
        assertThat(followUp.body().path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
    }

    @Test
    void should_answer_a_direct_message_without_a_mention() throws Exception {
        JsonNode question = discord.message(member(10), DM_CHANNEL, "Who turned down the resignation?", false, null);
        Call reply = discord.await(repliesTo(question));

        assertThat(reply.path()).isEqualTo("/api/v10/channels/" + DM_CHANNEL + "/messages");
        assertThat(reply.content()).contains("turned down the Attorney General’s offer");
    }

    @Test
    void should_split_a_long_answer_at_a_boundary_with_buttons_under_the_last_message() throws Exception {
        Interaction ask = discord.slash(member(11), CHANNEL, "ask",
                Map.of("question", "What must every vessel entering the harbour do?"));
        Call last = discord.await(c -> c.is("POST", ask.followupPath()));

        List<Call> calls = discord.callsAbout(ask);
        assertThat(calls).extracting(Call::method).containsExactly("POST", "PATCH", "POST");
        assertThat(calls.get(0).body().toString()).isEqualTo("{\"type\":5}");
        List<String> parts = calls.subList(1, 3).stream().map(Call::content).toList();
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isBetween(1, 2000));
        assertThat(String.join(" ", parts)).contains(StoryLibrary.HARBOUR_SENTENCE);
        assertThat(parts.get(0)).doesNotEndWith(" ").doesNotContain("**Sources**");
        assertThat(parts.get(1)).contains("**Sources**\n**[1]** Harbour Commission Tightens Rules for Vessels, paragraph 1");
        assertThat(calls.subList(1, 3)).allSatisfy(c -> assertThat(c.body().path("allowed_mentions").toString())
                .isEqualTo(NO_MENTIONS));
        assertThat(customIds(calls.get(1).body())).isEmpty();
        assertThat(customIds(calls.get(2).body())).hasSize(3);
    }

    @Test
    void should_ping_nobody_for_a_question_holding_everyone_a_role_and_a_member() throws Exception {
        String pings = "@everyone <@&" + READERS_ROLE + "> <@" + member(13) + ">";
        JsonNode mention = discord.message(member(12), CHANNEL, "<@" + BOT + "> " + pings + " who turned down the resignation?",
                true, null);
        Call reply = discord.await(repliesTo(mention));
        Interaction ask = discord.slash(member(12), CHANNEL, "ask", Map.of("question", pings + " who turned down the resignation?"));
        Call answer = discord.await(c -> c.is("PATCH", ask.originalPath()));

        for (Call sent : List.of(reply, answer)) {
            assertThat(sent.body().path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
            assertThat(sent.content()).contains("turned down the Attorney General’s offer");
        }
    }

    @Test
    void should_tell_a_member_over_the_per_minute_limit_when_to_try_again_in_a_message_only_they_see() throws Exception {
        long asker = member(14);
        List<Interaction> allowed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            allowed.add(discord.slash(asker, CHANNEL, "ask", Map.of("question", "Who offered to resign?")));
        }
        Interaction sixth = discord.slash(asker, CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        Call refusal = discord.await(c -> c.is("POST", sixth.callbackPath()));
        for (Interaction ask : allowed) {
            discord.await(c -> c.is("PATCH", ask.originalPath()));
        }

        assertThat(refusal.body().path("type").asInt()).isEqualTo(4);
        assertThat(refusal.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(refusal.body().path("data").path("content").asText())
                .isEqualTo("You are asking quickly: please try again in 60 s.");
        assertThat(discord.callsAbout(sixth)).hasSize(1);
        assertThat(allowed).allSatisfy(ask -> assertThat(discord.callsAbout(ask).get(0).body().toString())
                .isEqualTo("{\"type\":5}"));
    }

    @Test
    void should_explain_an_over_long_question_only_to_the_asker() throws Exception {
        Interaction ask = discord.slash(member(15), CHANNEL, "ask", Map.of("question", "Why? ".repeat(120)));
        Call refusal = discord.await(c -> c.is("POST", ask.callbackPath()));

        assertThat(refusal.body().path("type").asInt()).isEqualTo(4);
        assertThat(refusal.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(refusal.body().path("data").path("content").asText())
                .isEqualTo("Questions can be at most 500 characters; this one has 599. Please ask something shorter.");
    }

    @Test
    void should_refuse_ingest_politely_to_a_member_who_cannot_manage_the_server() throws Exception {
        Interaction ingest = discord.ingest(member(16), CHANNEL, "gossip.txt", FakeDiscord.utf8("Gossip\n\nSomething happened."));
        Call refusal = discord.await(c -> c.is("POST", ingest.callbackPath()));

        assertThat(refusal.body().path("type").asInt()).isEqualTo(4);
        assertThat(refusal.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(refusal.body().path("data").path("content").asText()).isEqualTo(ReplyFormatter.INGEST_REFUSED);
        assertThat(discord.calls()).noneMatch(c -> c.path().endsWith("/gossip.txt"));
        assertThat(library.assistant.stories()).noneMatch(s -> s.id().equals("gossip"));
    }

    @Test
    void should_add_an_attached_story_for_a_manager_and_list_it() throws Exception {
        String story = "The Lighthouse Keeper Retires\n\n"
                + "After forty years at the Skerry light, keeper Agnes Morrow handed over the keys on Sunday.\n\n"
                + "The light will be run from the mainland from now on.\n";
        Interaction ingest = discord.ingest(ADMIN, CHANNEL, "lighthouse.txt", FakeDiscord.utf8(story));
        Call result = discord.await(c -> c.is("PATCH", ingest.originalPath()));
        Interaction stories = discord.slash(member(17), CHANNEL, "stories", Map.of());
        Call list = discord.await(c -> c.is("POST", stories.callbackPath()));

        List<Call> calls = discord.callsAbout(ingest);
        assertThat(calls.get(0).body().toString()).isEqualTo("{\"type\":5,\"data\":{\"flags\":64}}");
        assertThat(discord.calls()).anyMatch(c -> c.host().equals("cdn.discordapp.com") && c.path().endsWith("/lighthouse.txt"));
        assertThat(result.content()).isEqualTo("Added **The Lighthouse Keeper Retires** as `lighthouse` (2 paragraphs).");
        assertThat(list.body().path("data").path("content").asText())
                .contains("`lighthouse` · The Lighthouse Keeper Retires (2 paragraphs)")
                .contains("`" + SeedStory.ID + "` · " + SeedStory.TITLE);
    }

    @Test
    void should_add_a_linked_page_for_a_manager_refuse_a_member_without_fetching_and_list_it_with_outlet_and_date()
            throws Exception {
        String html = new String(DiscordBotEndToEndTest.class.getResourceAsStream("/web/harbour-article.html").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        try (WebServer site = WebServer.start().html("/news/pilots", html).html("/news/pilots-again", html)) {
            Interaction refused = discord.slash(member(19), CHANNEL, "ingest", Map.of("url", site.url("/news/pilots-again").toString()));
            Call refusal = discord.await(c -> c.is("POST", refused.callbackPath()));
            Interaction ingest = discord.slash(ADMIN, CHANNEL, "ingest", Map.of("url", site.url("/news/pilots").toString()));
            Call result = discord.await(c -> c.is("PATCH", ingest.originalPath()));
            Interaction stories = discord.slash(member(20), CHANNEL, "stories", Map.of());
            Call list = discord.await(c -> c.is("POST", stories.callbackPath()));

            assertThat(refusal.body().path("data").path("content").asText()).isEqualTo(ReplyFormatter.INGEST_REFUSED);
            assertThat(refusal.body().path("data").path("flags").asInt()).isEqualTo(64);
            assertThat(site.requested()).containsExactly("/news/pilots"); // the member's link was never fetched
            assertThat(discord.callsAbout(ingest).get(0).body().toString()).isEqualTo("{\"type\":5,\"data\":{\"flags\":64}}");
            assertThat(result.content()).matches("Added \\*\\*Harbour pilots strike over night shifts\\*\\* as "
                    + "`coastal-gazette-example-news-2024-03-harbour-pilots-str-[0-9a-f]{8}` \\(5 paragraphs\\)\\.");
            assertThat(list.body().path("data").path("content").asText())
                    .contains("Harbour pilots strike over night shifts (The Coastal Gazette, 2024-03-14, 5 paragraphs)");
        }
    }

    @Test
    void should_say_in_one_line_why_a_link_could_not_be_added() throws Exception {
        try (WebServer site = WebServer.start().page("/report.pdf", "application/pdf", FakeDiscord.utf8("%PDF-1.7"))) {
            Interaction ingest = discord.slash(ADMIN, CHANNEL, "ingest", Map.of("url", site.url("/report.pdf").toString()));
            Call result = discord.await(c -> c.is("PATCH", ingest.originalPath()));
            Interaction both = discord.slash(ADMIN, CHANNEL, "ingest", Map.of("url", "ftp://example.org/story.txt"));
            Call refusal = discord.await(c -> c.is("PATCH", both.originalPath()));

            assertThat(result.content()).isEqualTo("Could not add " + DiscordMarkdown.escape(site.url("/report.pdf").toString())
                    + ": is not a web page but a PDF document (application/pdf)");
            assertThat(refusal.content()).endsWith(": only http and https links are fetched, not ftp:");
        }
    }

    @Test
    void should_end_in_a_visible_apology_without_the_exception_text_when_the_core_fails_after_deferring() throws Exception {
        Interaction ask = discord.slash(member(18), CHANNEL, "ask", Map.of("question", "Who said " + StoryLibrary.FAULT + "?"));
        Call apology = discord.await(c -> c.is("PATCH", ask.originalPath()));

        assertThat(discord.callsAbout(ask).get(0).body().toString()).isEqualTo("{\"type\":5}");
        assertThat(apology.content()).isEqualTo(ReplyFormatter.FAILED);
        assertThat(apology.body().path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
        assertThat(discord.calls()).noneMatch(c -> String.valueOf(c.body()).contains(StoryLibrary.FAULT_MESSAGE));

        Interaction next = discord.slash(member(18), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        assertThat(discord.await(c -> c.is("PATCH", next.originalPath())).content()).contains("offered to resign");
    }

    @Test
    void should_offer_the_library_while_someone_types_a_story() throws Exception {
        Interaction typing = discord.autocomplete(member(19), CHANNEL, "ask", "story", "sessions");
        Call choices = discord.await(c -> c.is("POST", typing.callbackPath()));

        assertThat(choices.body().path("type").asInt()).isEqualTo(8);
        JsonNode offered = choices.body().path("data").path("choices");
        assertThat(offered).hasSize(1);
        assertThat(offered.get(0).path("value").asText()).isEqualTo(SeedStory.ID);
        assertThat(offered.get(0).path("name").asText()).isEqualTo(SeedStory.TITLE);
    }

    @Test
    void should_summarise_a_chosen_story_after_deferring() throws Exception {
        Interaction summary = discord.slash(member(20), CHANNEL, "summary", Map.of("length", "long", "story", SeedStory.ID));
        Call first = discord.await(c -> c.is("PATCH", summary.originalPath()));

        assertThat(discord.callsAbout(summary).get(0).body().toString()).isEqualTo("{\"type\":5}");
        assertThat(first.content()).startsWith("**" + SeedStory.TITLE + "**\n*long summary, ");
        List<Call> parts = discord.callsAbout(summary).subList(1, discord.callsAbout(summary).size());
        assertThat(parts).allSatisfy(p -> assertThat(p.content().length()).isLessThanOrEqualTo(2000));
    }

    @Test
    void should_answer_help_stories_and_sources_at_once_and_only_to_the_asker() throws Exception {
        long asker = member(21);
        Interaction ask = discord.slash(asker, CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        discord.await(c -> c.is("PATCH", ask.originalPath()));
        Interaction help = discord.slash(asker, CHANNEL, "help", Map.of());
        Interaction sources = discord.slash(asker, CHANNEL, "sources", Map.of());
        Call helpReply = discord.await(c -> c.is("POST", help.callbackPath()));
        Call sourcesReply = discord.await(c -> c.is("POST", sources.callbackPath()));

        for (Call reply : List.of(helpReply, sourcesReply)) {
            assertThat(reply.body().path("type").asInt()).isEqualTo(4);
            assertThat(reply.body().path("data").path("flags").asInt()).isEqualTo(64);
            assertThat(reply.body().path("data").path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
        }
        assertThat(helpReply.content()).isEqualTo(ReplyFormatter.HELP);
        assertThat(sourcesReply.content()).contains(", paragraph ").contains("offered to resign");
    }

    @Test
    void should_ignore_other_bots_and_channels_outside_the_configured_list() throws Exception {
        JsonNode fromBot = discord.message(OTHER_BOT, CHANNEL, "<@" + BOT + "> Who offered to resign?", true, null);
        JsonNode elsewhere = discord.message(member(22), OTHER_CHANNEL, "<@" + BOT + "> Who offered to resign?", true, null);
        Interaction slashElsewhere = discord.slash(member(22), OTHER_CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        JsonNode barrier = discord.message(member(23), CHANNEL, "<@" + BOT + "> Who offered to resign?", true, null);
        discord.await(repliesTo(barrier));
        Call redirect = discord.await(c -> c.is("POST", slashElsewhere.callbackPath()));

        assertThat(discord.calls()).noneMatch(repliesTo(fromBot)).noneMatch(repliesTo(elsewhere))
                .noneMatch(c -> c.path().startsWith("/api/v10/channels/" + OTHER_CHANNEL));
        assertThat(redirect.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(redirect.body().path("data").path("content").asText()).isEqualTo("I answer in <#" + CHANNEL + "> on this server.");
    }

    // ------------------------------------------------------------------ helpers

    private static java.util.function.Predicate<Call> repliesTo(JsonNode message) {
        String id = message.path("id").asText();
        return c -> c.method().equals("POST") && c.path().endsWith("/messages") && c.body() != null
                && c.body().path("message_reference").path("message_id").asText().equals(id);
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("name").asText()).toList();
    }

    private static JsonNode command(JsonNode commands, String name) {
        return StreamSupport.stream(commands.spliterator(), false).filter(c -> c.path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private static JsonNode option(JsonNode command, String name) {
        return command(command.path("options"), name);
    }

    private static List<String> customIds(JsonNode message) {
        return buttons(message).stream().map(b -> b.path("custom_id").asText()).toList();
    }

    private static List<String> labels(JsonNode message) {
        return buttons(message).stream().map(b -> b.path("label").asText()).toList();
    }

    private static List<JsonNode> buttons(JsonNode message) {
        List<JsonNode> buttons = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            row.path("components").forEach(buttons::add);
        }
        return buttons;
    }
}
