package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storybot.discord.BotAgainstFake.repliesTo;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.DM_CHANNEL;
import static org.storybot.discord.FakeDiscord.THREAD;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.discord.FakeDiscord.Interaction;
import org.storybot.store.AnswerLog;
import org.storybot.store.AnswerRecord;

/**
 * Asking the bot, end to end: /ask deferred then answered with markers, sources and buttons; the
 * buttons clicked; mentions, replies, threads and direct messages; a long answer split. Run by
 * {@link DiscordBotEndToEndTest}, which starts the bot.
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
abstract class AskingEndToEnd extends BotEndToEnd {

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

    // ------------------------------------------------------------------ helpers

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
