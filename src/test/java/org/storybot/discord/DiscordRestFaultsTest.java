package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storybot.discord.BotAgainstFake.member;
import static org.storybot.discord.BotAgainstFake.repliesTo;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.CHANNEL;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.discord.FakeDiscord.Interaction;
import org.storybot.discord.FakeFaults.Answer;
import org.storybot.discord.FakeFaults.Arrival;

/**
 * Faults of Discord's REST API on a reply, with the real Javacord against the fake Discord: a 429
 * is waited out and the reply sent once; a 5xx is tried again, three times at most, then logged
 * with the answer's id and the member told; an interaction whose token has run out is not retried,
 * is logged once, and the bot goes on answering. Each question is held in the composer
 * ({@link StoryLibrary#HELD}) until its fault is in place, so that the fault meets its reply.
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class DiscordRestFaultsTest {

    private static final String HELD_QUESTION = "Who turned down the resignation " + StoryLibrary.HELD + "?";
    private static final String TURNED_DOWN = "turned down the Attorney General’s offer";
    private static final Pattern ANSWER_ID = Pattern.compile("answer (\\d+)");
    private static final String CHANNEL_MESSAGES = "/api/v10/channels/" + CHANNEL + "/messages";

    @TempDir
    static Path dir;

    private static BotAgainstFake fake;
    private static FakeDiscord discord;
    private static FakeFaults faults;

    @BeforeAll
    static void start_the_bot_against_the_fake() throws Exception {
        fake = new BotAgainstFake(dir);
        discord = fake.discord;
        faults = discord.faults();
    }

    @AfterAll
    static void stop() throws Exception {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void should_wait_out_a_429_and_send_a_mention_reply_and_an_answer_once() throws Exception {
        JsonNode mention = discord.message(member(1), CHANNEL, "<@" + BOT + "> " + HELD_QUESTION, true, null);
        faults.failNext("POST", Pattern.quote(CHANNEL_MESSAGES), Answer.tooManyRequests(0.5));
        fake.library.release();
        Call reply = discord.await(repliesTo(mention).and(c -> c.status() == 200));

        assertThat(reply.content()).contains(TURNED_DOWN);
        assertThat(discord.calls()).filteredOn(repliesTo(mention)).extracting(Call::status).containsExactly(429, 200);
        assertRetriedAfter(faults.arrivals("POST", CHANNEL_MESSAGES), Duration.ofMillis(450));

        Interaction ask = heldAsk(member(2));
        faults.failNext("PATCH", Pattern.quote(ask.originalPath()), Answer.tooManyRequests(0.5));
        fake.library.release();
        Call answer = discord.await(c -> c.is("PATCH", ask.originalPath()) && c.status() == 200);

        assertThat(answer.content()).contains(TURNED_DOWN);
        assertThat(discord.callsAbout(ask)).extracting(Call::method, Call::status)
                .containsExactly(tuple("POST", 204), tuple("PATCH", 429), tuple("PATCH", 200));
        assertRetriedAfter(faults.arrivals("PATCH", ask.originalPath()), Duration.ofMillis(450));
    }

    @Test
    void should_try_again_after_a_502_and_send_the_answer_once() throws Exception {
        Interaction ask = heldAsk(member(3));
        faults.failNext("PATCH", Pattern.quote(ask.originalPath()), Answer.serverError(502));
        fake.library.release();
        Call answer = discord.await(c -> c.is("PATCH", ask.originalPath()) && c.status() == 200);
        answeredAfterBarrier(member(4));

        assertThat(answer.content()).contains(TURNED_DOWN);
        assertThat(discord.callsAbout(ask)).extracting(Call::method, Call::status)
                .containsExactly(tuple("POST", 204), tuple("PATCH", 502), tuple("PATCH", 200));
    }

    @Test
    void should_give_up_after_three_500s_log_the_answer_id_and_tell_the_member_in_a_new_message() throws Exception {
        int mark = fake.logMark();
        Interaction ask = heldAsk(member(5));
        faults.failNext("PATCH", Pattern.quote(ask.originalPath()), Answer.serverError(500), Integer.MAX_VALUE);
        fake.library.release();
        Call apology = discord.await(c -> c.is("POST", ask.followupPath()));
        String line = fake.awaitLogLine(mark, l -> l.startsWith("could not deliver answer"));
        answeredAfterBarrier(member(6));

        assertThat(discord.callsAbout(ask)).extracting(Call::method, Call::status)
                .containsExactly(tuple("POST", 204), tuple("PATCH", 500), tuple("PATCH", 500), tuple("PATCH", 500),
                        tuple("POST", 200));
        assertThat(apology.content()).isEqualTo(ReplyFormatter.FAILED);
        assertThat(apology.body().path("allowed_mentions").path("parse")).isEmpty();
        assertThat(line).endsWith("Discord answered 500 500: Server Error, after 3 attempts");
        assertThat(questionOf(line)).isEqualTo(HELD_QUESTION);
    }

    @Test
    void should_give_up_on_a_mention_reply_after_three_500s_and_log_the_answer_id() throws Exception {
        int mark = fake.logMark();
        String path = "/api/v10/channels/" + FakeDiscord.THREAD + "/messages";
        JsonNode mention = discord.message(member(7), FakeDiscord.THREAD, "<@" + BOT + "> " + HELD_QUESTION, true, null);
        faults.failNext("POST", Pattern.quote(path), Answer.serverError(500), 3);
        fake.library.release();
        String line = fake.awaitLogLine(mark, l -> l.startsWith("could not send answer"));
        answeredAfterBarrier(member(8));

        assertThat(discord.calls()).filteredOn(repliesTo(mention)).extracting(Call::status).containsExactly(500, 500, 500);
        assertThat(line).endsWith("Discord answered 500 500: Server Error, after 3 attempts");
        assertThat(questionOf(line)).isEqualTo(HELD_QUESTION);
    }

    @Test
    void should_not_edit_an_answer_whose_interaction_outlived_its_token_and_keep_it_in_the_answer_log() throws Exception {
        int mark = fake.logMark();
        Interaction ask = heldAsk(member(9));
        fake.clock.advance(Duration.ofMinutes(16)); // the answer took longer than Discord's 15 minutes
        fake.library.release();
        String line = fake.awaitLogLine(mark, l -> l.contains("older than Discord's 15-minute token life"));
        answeredAfterBarrier(member(10));

        assertThat(discord.callsAbout(ask)).extracting(Call::method, Call::status).containsExactly(tuple("POST", 204));
        assertThat(questionOf(line)).isEqualTo(HELD_QUESTION);
        assertThat(linesAbout(line)).hasSize(1);
    }

    @Test
    void should_log_once_and_not_retry_when_discord_no_longer_knows_the_interaction() throws Exception {
        int mark = fake.logMark();
        faults.failNext("POST", "/api/v10/interactions/\\d+/[^/]+/callback", Answer.unknownInteraction());
        Interaction tooOld = discord.slash(member(11), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        String refused = fake.awaitLogLine(mark, l -> l.contains("acknowledgement") && l.contains("10062"));

        Interaction expired = heldAsk(member(12));
        faults.failNext("PATCH", Pattern.quote(expired.originalPath()), Answer.unknownWebhook(404));
        fake.library.release();
        String gone = fake.awaitLogLine(mark, l -> l.startsWith("could not deliver answer") && l.contains("10015"));
        answeredAfterBarrier(member(13));

        assertThat(discord.callsAbout(tooOld)).extracting(Call::method, Call::status).containsExactly(tuple("POST", 404));
        assertThat(discord.callsAbout(expired)).extracting(Call::method, Call::status)
                .containsExactly(tuple("POST", 204), tuple("PATCH", 404)); // no retry, no apology to a dead token
        assertThat(refused).endsWith("the interaction has expired (Discord answered 404, 10062 Unknown interaction)");
        assertThat(gone).endsWith("the interaction has expired (Discord answered 404, 10015 Unknown Webhook)");
        assertThat(linesAbout(refused)).hasSize(1);
        assertThat(linesAbout(gone)).hasSize(1);
        assertThat(questionOf(gone)).isEqualTo(HELD_QUESTION);
    }

    // ------------------------------------------------------------------ helpers

    /** /ask with a question the composer holds until {@code library.release()}; returns once "thinking…" is sent. */
    private static Interaction heldAsk(long asker) throws InterruptedException {
        Interaction ask = discord.slash(asker, CHANNEL, "ask", Map.of("question", HELD_QUESTION));
        discord.await(c -> c.is("POST", ask.callbackPath()));
        return ask;
    }

    /** A question answered after everything before it, so that nothing late is missed. */
    private static void answeredAfterBarrier(long asker) throws InterruptedException {
        Interaction barrier = discord.slash(asker, CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        assertThat(discord.await(c -> c.is("PATCH", barrier.originalPath())).content()).contains("offered to resign");
    }

    /** The question the answer a log line names was asked, as the answer log has it. */
    private static String questionOf(String logLine) {
        return fake.library.answers().find(answerId(logLine)).orElseThrow().question();
    }

    /** The bot's log lines that name the same answer as {@code logLine}. */
    private static List<String> linesAbout(String logLine) {
        Pattern answer = Pattern.compile("\\banswer " + answerId(logLine) + "\\b");
        return fake.logLines().stream().filter(l -> answer.matcher(l).find()).toList();
    }

    private static long answerId(String logLine) {
        Matcher m = ANSWER_ID.matcher(logLine);
        assertThat(m.find()).as(logLine).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The last two calls are the refused one and its retry, at least {@code wait} apart. */
    private static void assertRetriedAfter(List<Arrival> arrivals, Duration wait) {
        assertThat(arrivals).hasSizeGreaterThanOrEqualTo(2);
        Arrival refused = arrivals.get(arrivals.size() - 2);
        Arrival retried = arrivals.get(arrivals.size() - 1);
        assertThat(Duration.between(refused.at(), retried.at())).isGreaterThanOrEqualTo(wait);
    }
}
