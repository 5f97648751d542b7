package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storybot.discord.BotAgainstFake.member;
import static org.storybot.discord.BotAgainstFake.repliesTo;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.CHANNEL;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.discord.FakeDiscord.Interaction;

/**
 * The gateway's faults, with the real Javacord against the fake Discord: a dropped connection and
 * op 7 are resumed (op 6) and the dispatches missed meanwhile arrive then; a session that cannot be
 * resumed (close 4009, op 9) ends in a new IDENTIFY; an event delivered twice is answered once.
 * Whatever happens, every question is answered exactly once.
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class DiscordGatewayFaultsTest {

    private static final String TURNED_DOWN = "turned down the Attorney General’s offer";

    @TempDir
    static Path dir;

    private static BotAgainstFake fake;
    private static FakeDiscord discord;

    @BeforeAll
    static void start_the_bot_against_the_fake() throws Exception {
        fake = new BotAgainstFake(dir);
        discord = fake.discord;
    }

    @AfterAll
    static void stop() throws Exception {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void should_resume_a_dropped_connection_and_answer_the_command_it_missed_exactly_once() throws Exception {
        Interaction before = discord.slash(member(1), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        discord.await(c -> c.is("PATCH", before.originalPath()));
        GatewayReplay sessions = fake.gateway().replay();
        String session = sessions.sessionId();
        int identifies = sessions.identifies();

        fake.gateway().drop(4000); // Discord's "unknown error": reconnect and resume
        Interaction missed = discord.slash(member(1), CHANNEL, "ask", Map.of("question", "Who turned down the resignation?"));
        Call answer = discord.await(c -> c.is("PATCH", missed.originalPath()));

        assertThat(answer.content()).contains(TURNED_DOWN);
        JsonNode resume = last(sessions.resumes());
        int missedSeq = sessions.last(missed.id()).orElseThrow().seq();
        assertThat(resume.path("session_id").asText()).isEqualTo(session);
        assertThat(resume.path("seq").asInt()).isLessThan(missedSeq); // the bot had not seen it
        assertThat(sessions.replayed()).contains(missedSeq); // it came with the RESUME
        assertThat(sessions.identifies()).isEqualTo(identifies); // resumed, not identified anew
        answeredAfterBarrier(member(2));
        assertAnsweredOnce(before);
        assertAnsweredOnce(missed);
    }

    @Test
    void should_resume_after_op_7_reconnect_and_answer_each_command_once() throws Exception {
        GatewayReplay sessions = fake.gateway().replay();
        int resumes = sessions.resumes().size();
        int identifies = sessions.identifies();

        fake.gateway().sendReconnect();
        Interaction around = discord.slash(member(3), CHANNEL, "ask", Map.of("question", "Who turned down the resignation?"));
        BotAgainstFake.await(() -> sessions.resumes().size() > resumes, "a RESUME after op 7");
        fake.discord.awaitLogin();
        Interaction after = discord.slash(member(3), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));

        assertThat(discord.await(c -> c.is("PATCH", around.originalPath())).content()).contains(TURNED_DOWN);
        assertThat(discord.await(c -> c.is("PATCH", after.originalPath())).content()).contains("offered to resign");
        assertThat(sessions.identifies()).isEqualTo(identifies);
        answeredAfterBarrier(member(4));
        assertAnsweredOnce(around);
        assertAnsweredOnce(after);
    }

    @Test
    void should_identify_anew_when_the_session_cannot_be_resumed_and_keep_answering() throws Exception {
        GatewayReplay sessions = fake.gateway().replay();
        Interaction before = discord.slash(member(5), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        discord.await(c -> c.is("PATCH", before.originalPath()));

        int identifies = sessions.identifies();
        fake.gateway().drop(4009); // "session timed out": Discord wants a new session; the RESUME gets op 9
        BotAgainstFake.await(() -> sessions.identifies() > identifies, "a new IDENTIFY after close code 4009");
        fake.discord.awaitLogin();
        Interaction afterClose = discord.slash(member(5), CHANNEL, "ask", Map.of("question", "Who turned down the resignation?"));
        assertThat(discord.await(c -> c.is("PATCH", afterClose.originalPath())).content()).contains(TURNED_DOWN);

        int again = sessions.identifies();
        fake.gateway().invalidateSession(); // op 9, d=false, on a live connection
        BotAgainstFake.await(() -> sessions.identifies() > again, "a new IDENTIFY after op 9");
        fake.discord.awaitLogin();
        Interaction afterOp9 = discord.slash(member(6), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        assertThat(discord.await(c -> c.is("PATCH", afterOp9.originalPath())).content()).contains("offered to resign");

        assertThat(last(sessions.resumes()).path("session_id").asText()).isNotEqualTo(sessions.sessionId());
        answeredAfterBarrier(member(7));
        assertAnsweredOnce(before);
        assertAnsweredOnce(afterClose);
        assertAnsweredOnce(afterOp9);
    }

    @Test
    void should_answer_a_command_and_a_mention_delivered_twice_only_once() throws Exception {
        Interaction ask = discord.slash(member(8), CHANNEL, "ask", Map.of("question", "Who offered to resign?"));
        discord.await(c -> c.is("PATCH", ask.originalPath()));
        JsonNode mention = discord.message(member(9), CHANNEL, "<@" + BOT + "> Who turned down the resignation?", true, null);
        discord.await(repliesTo(mention));

        fake.gateway().deliverAgain(ask.id());
        fake.gateway().deliverAgain(mention.path("id").asText());
        answeredAfterBarrier(member(10));

        assertAnsweredOnce(ask);
        assertThat(discord.calls()).filteredOn(repliesTo(mention)).hasSize(1);
        assertThat(fake.logLines()).contains("/ask interaction " + ask.id() + " was delivered again; it is answered once",
                "message " + mention.path("id").asText() + " was delivered again; it is answered once");
    }

    /** A mention asked and answered after everything before it was handed to the bot. */
    private void answeredAfterBarrier(long asker) throws InterruptedException {
        JsonNode barrier = discord.message(asker, CHANNEL, "<@" + BOT + "> Who offered to resign?", true, null);
        discord.await(repliesTo(barrier));
    }

    /** One "thinking…" and one answer in its place, nothing more. */
    private void assertAnsweredOnce(Interaction ask) {
        assertThat(discord.callsAbout(ask)).extracting(Call::method, Call::path, Call::status)
                .containsExactly(tuple("POST", ask.callbackPath(), 204), tuple("PATCH", ask.originalPath(), 200));
    }

    private static JsonNode last(List<JsonNode> nodes) {
        assertThat(nodes).isNotEmpty();
        return nodes.get(nodes.size() - 1);
    }
}
