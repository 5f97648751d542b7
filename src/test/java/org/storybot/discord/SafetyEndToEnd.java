package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storybot.discord.BotAgainstFake.repliesTo;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.OTHER_BOT;
import static org.storybot.discord.FakeDiscord.OTHER_CHANNEL;
import static org.storybot.discord.FakeDiscord.READERS_ROLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.discord.FakeDiscord.Interaction;

/**
 * Safety and limits, end to end: no one pinged, whatever the question holds; the per-minute limit
 * and over-long questions explained only to the asker; an apology without the exception when the
 * core fails; other bots and other channels ignored. Run by {@link DiscordBotEndToEndTest}, which
 * starts the bot.
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
abstract class SafetyEndToEnd extends BotEndToEnd {

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
}
