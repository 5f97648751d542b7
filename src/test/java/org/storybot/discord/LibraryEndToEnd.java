package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storybot.discord.FakeDiscord.ADMIN;
import static org.storybot.discord.FakeDiscord.APP;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.GUILD;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.discord.FakeDiscord.Interaction;
import org.storybot.support.WebServer;

/**
 * The commands and the library, end to end: the slash commands registered; stories added from an
 * attachment or a link (by managers only) and listed; the library offered while someone types;
 * summaries; /help and /sources. Run by {@link DiscordBotEndToEndTest}, which starts the bot.
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
abstract class LibraryEndToEnd extends BotEndToEnd {

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
        String html = new String(LibraryEndToEnd.class.getResourceAsStream("/web/harbour-article.html").readAllBytes(),
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

    // ------------------------------------------------------------------ helpers

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
}
