package org.storybot.cli;

import org.storybot.app.FeedParts;
import org.storybot.app.Heartbeat;
import org.storybot.app.Storybot;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.config.ConfigException;
import org.storybot.config.StorybotConfig;
import org.storybot.discord.DiscordBot;
import org.storybot.discord.DiscordStartException;
import org.storybot.discord.TokenCheck;
import org.storybot.feed.NewStories;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "discord", description = {
    "Runs storybot as a Discord bot: slash commands, @mentions, threads and direct messages.",
    "The bot token is read from the environment variable DISCORD_TOKEN; it runs until stopped (Ctrl+C or SIGTERM)."})
final class DiscordCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(DiscordCommand.class);

    static final String TOKEN_VARIABLE = "DISCORD_TOKEN";

    static final String NO_TOKEN = String.join(System.lineSeparator(),
            "DISCORD_TOKEN is not set, so there is no bot to log in as.",
            "  To get a token: https://discord.com/developers/applications → New Application → Bot → Reset Token,",
            "  then run: DISCORD_TOKEN=<token> ./storybot discord   (the README's \"Running the Discord bot\" has the steps).",
            "  To try storybot without Discord: ./storybot chat");

    @ParentCommand
    StorybotCommand root;

    @Override
    public Integer call() throws InterruptedException {
        return serve(root);
    }

    /**
     * Checks the token, builds the parts, logs in and answers until the JVM is asked to stop; then
     * lets the answers in flight finish and closes the library cleanly. Shared with {@code start}.
     */
    static int serve(StorybotCommand root) throws InterruptedException {
        String token = root.env().get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new UserException(NO_TOKEN);
        }
        token = token.strip(); // a copied token often brings a newline along
        Storybot storybot = root.storybot();
        TokenCheck.Outcome checked = new TokenCheck(storybot.json()).check(token);
        if (checked instanceof TokenCheck.Outcome.Refused refused) {
            throw new UserException("Discord refused the token in DISCORD_TOKEN (HTTP " + refused.status() + "). "
                    + "Copy it again from https://discord.com/developers/applications → your application → Bot "
                    + "(Reset Token shows a new one).");
        }
        if (checked instanceof TokenCheck.Outcome.Unreachable unreachable) {
            throw new UserException("cannot reach Discord (" + unreachable.detail() + "). Behind a proxy, start Java "
                    + "with -Dhttps.proxyHost=HOST -Dhttps.proxyPort=PORT (see the README).");
        }
        storybot.preloadModels(); // once the token is good; the first question of the day should not wait for them
        StorybotConfig config = storybot.config();
        FeedParts feeds = new FeedParts(storybot);
        DiscordBot bot = DiscordBot.identifyingInTurns(storybot.assistant(), storybot.ingestor(), storybot.links(),
                feeds.feeds(), new DiscordBot.Settings(config.discord(), config.answer().maxQuestionChars(),
                        config.ingest().maxFileBytes(), config.ingest().membersMayAddLinks()), Clock.systemUTC(),
                storybot.database().identifyGate(DiscordBot.IDENTIFY_SPACING)); // shared with the library's other processes
        storybot.warmUpInBackground();
        AtomicReference<Heartbeat> heartbeat = new AtomicReference<>();
        Thread stop = new Thread(() -> {
            feeds.close(); // a feed being polled is finished first
            bot.close(); // answers in flight finish first
            if (heartbeat.get() != null) {
                heartbeat.get().close(); // off the library's list of running processes
            }
            storybot.close();
            log.info("storybot stopped; the library is closed");
        }, "storybot-discord-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            DiscordBot.Online online = bot.start(token);
            heartbeat.set(Heartbeat.start(storybot, online.shards(), online.totalShards()));
        } catch (DiscordStartException | ConfigException e) { // a config error: discord.shards beyond Discord's count
            Runtime.getRuntime().removeShutdownHook(stop);
            feeds.close();
            bot.close();
            throw e instanceof ConfigException bad ? bad : new UserException(e.getMessage());
        }
        String channel = config.feeds().announceChannel();
        feeds.startPolling(channel.isEmpty() ? NewStories.NONE : bot.announcer(channel));
        log.info("polling the followed feeds every {} min{}", config.feeds().pollMinutes(),
                channel.isEmpty() ? "" : ", announcing new stories in channel " + channel);
        bot.awaitClose();
        return 0;
    }
}
