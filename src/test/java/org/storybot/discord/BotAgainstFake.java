package org.storybot.discord;

import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.GUILD;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;
import org.storybot.config.DiscordConfig;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.support.StepClock;

/**
 * The real bot logged in to a fake Discord, for the fault and slash-command tests: a real library,
 * a clock the test moves on, and the bot's log lines as it writes them (logback, the discord package).
 */
final class BotAgainstFake implements AutoCloseable {

    final FakeDiscord discord;
    final StoryLibrary library;
    final StepClock clock = new StepClock();
    final DiscordBot bot;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger discordLog = (Logger) LoggerFactory.getLogger("org.storybot.discord");

    BotAgainstFake(Path dir) throws Exception {
        logged.start();
        discordLog.addAppender(logged);
        discord = FakeDiscord.start(dir, FakeDiscord.TOKEN);
        library = new StoryLibrary(dir);
        DiscordConfig config = new DiscordConfig(String.valueOf(GUILD), List.of(String.valueOf(CHANNEL)), 5, 60);
        bot = new DiscordBot(library.assistant, library.test.ingestor, library.links, null,
                new DiscordBot.Settings(config, 500, 1024 * 1024, false), clock,
                builder -> builder.setGatewayIdentifyRatelimiter(() -> { }));
        bot.start(FakeDiscord.TOKEN);
        discord.awaitLogin();
    }

    FakeGateway gateway() {
        return discord.gateway();
    }

    /** A member of the server; each test has its own, so question budgets never mix. */
    static long member(int n) {
        return 910_000_000_000_000_200L + n;
    }

    /** The bot's log lines so far (the discord package), as formatted. */
    List<String> logLines() {
        synchronized (logged) {
            return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** How many lines the bot has logged so far: a mark for {@link #awaitLogLine}. */
    int logMark() {
        return logLines().size();
    }

    /** Waits for a log line after {@code mark} matching {@code wanted} and returns it. */
    String awaitLogLine(int mark, Predicate<String> wanted) throws InterruptedException {
        await(() -> logLines().stream().skip(mark).anyMatch(wanted), "a log line; the bot logged " + logLines());
        return logLines().stream().skip(mark).filter(wanted).findFirst().orElseThrow();
    }

    /** Waits up to 60 s for {@code condition}. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 60 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** A call that posts a reply to {@code message} in its channel. */
    static Predicate<Call> repliesTo(JsonNode message) {
        String id = message.path("id").asText();
        return c -> c.method().equals("POST") && c.path().endsWith("/messages") && c.body() != null
                && c.body().path("message_reference").path("message_id").asText().equals(id);
    }

    @Override
    public void close() throws Exception {
        try {
            bot.close();
        } finally {
            discordLog.detachAppender(logged);
            discord.close();
            library.close();
        }
    }
}
