package org.storybot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.chat.Assistant;
import org.storybot.config.DiscordConfig;
import org.storybot.feed.Feeds;
import org.storybot.feed.NewStories;
import org.storybot.ingest.Ingestor;
import org.storybot.ingest.LinkIngestor;

/**
 * storybot on Discord, through Javacord: logs in, registers the slash commands, and hands events to
 * the handlers, which answer through the {@link Assistant} on a bounded pool of workers. Closing
 * lets the answers in flight finish before the connection is dropped.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Servers and their channels, messages in them and in DMs, and the text of messages that mention the bot. */
    private static final Intent[] INTENTS = {Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES,
        Intent.MESSAGE_CONTENT};
    private static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int WORKERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int QUEUED = 100;
    /** Interactions and messages remembered against a second delivery: far more than a resumed gateway replays. */
    private static final int SEEN_IDS = 10_000;

    /** What the bot needs from the settings. */
    public record Settings(DiscordConfig discord, int maxQuestionChars, long maxFileBytes, boolean membersMayAddLinks) {
    }

    /** The bot is online: as whom, for which application, and the link that adds it to a server. */
    public record Online(String botName, long applicationId, String inviteUrl, int servers) {
    }

    private final Settings settings;
    private final Workers workers;
    private final SlashCommandHandler commands;
    private final MentionHandler mentions;
    private final ButtonHandler buttons;
    private final StoryAutocomplete autocomplete;
    private final UnaryOperator<DiscordApiBuilder> tuning;
    private final boolean withFeeds;
    private final Announcements announcements;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile DiscordApi api;
    private boolean closing;

    public DiscordBot(Assistant assistant, Ingestor ingestor, LinkIngestor links, Settings settings, Clock clock) {
        this(assistant, ingestor, links, null, settings, clock, builder -> builder);
    }

    /** A bot that also follows feeds: /follow, /unfollow and /feeds. */
    public DiscordBot(Assistant assistant, Ingestor ingestor, LinkIngestor links, Feeds feeds, Settings settings, Clock clock) {
        this(assistant, ingestor, links, feeds, settings, clock, builder -> builder);
    }

    /**
     * @param feeds  the followed feeds; null for a bot without the feed commands
     * @param tuning adjusts the Javacord login (tests use it to skip the identify wait between logins)
     */
    DiscordBot(Assistant assistant, Ingestor ingestor, LinkIngestor links, Feeds feeds, Settings settings, Clock clock,
            UnaryOperator<DiscordApiBuilder> tuning) {
        this.settings = settings;
        this.withFeeds = feeds != null;
        this.announcements = new Announcements(assistant);
        this.tuning = tuning;
        this.workers = new Workers(WORKERS, QUEUED, clock);
        SeenIds seen = new SeenIds(SEEN_IDS);
        ReplyFormatter format = new ReplyFormatter();
        Access access = new Access(settings.discord().channels());
        Conversations conversations = new Conversations();
        QuestionLimits limits = new QuestionLimits(settings.discord().userQuestionsPerMinute(),
                settings.discord().guildQuestionsPerMinute(), settings.maxQuestionChars(), clock);
        StoryUpload upload = new StoryUpload(new StoryUpload.Sources(ingestor, links, new DiscordHttp(), settings.maxFileBytes(),
                settings.membersMayAddLinks()), workers, limits, format);
        this.commands = new SlashCommandHandler(assistant, upload, workers, limits, access, conversations, format,
                feeds == null ? null : new FeedCommands(feeds, workers, format), seen);
        this.mentions = new MentionHandler(assistant, workers, limits, access, conversations, format, seen);
        this.buttons = new ButtonHandler(assistant, format, seen);
        this.autocomplete = new StoryAutocomplete(assistant);
    }

    /** Logs in with {@code token}, registers the slash commands and starts answering. */
    public Online start(String token) {
        DiscordApiBuilder builder = new DiscordApiBuilder().setToken(token).setIntents(INTENTS)
                .setShutdownHookRegistrationEnabled(false) // close() drains the answers first, then disconnects
                .addListener(commands).addListener(mentions).addListener(buttons).addListener(autocomplete);
        try {
            api = tuning.apply(builder).login().get(LOGIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            log.debug("login failed", e.getCause());
            throw new DiscordStartException("Discord closed the connection before the bot was ready. If the token is "
                    + "right, check that the bot's Message Content intent is enabled (Developer Portal → your "
                    + "application → Bot → Privileged Gateway Intents).");
        } catch (TimeoutException e) {
            throw new DiscordStartException("the Discord gateway did not answer within " + LOGIN_TIMEOUT.toSeconds()
                    + " s; check the network or proxy settings (see the README).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordStartException("interrupted while logging in to Discord");
        }
        String scope = register(api);
        String invite = InviteLink.of(api.getClientId());
        User me = api.getYourself();
        String name = "0".equals(me.getDiscriminator()) ? me.getName() : me.getDiscriminatedName(); // new-style names have no #tag
        Online online = new Online(name, api.getClientId(), invite, api.getServers().size());
        log.info("storybot is online as {} in {} server(s), slash commands registered {}; invite: {}", online.botName(),
                online.servers(), scope, invite);
        return online;
    }

    /** Registers the commands in the configured server (changes show at once) or globally; says which. */
    private String register(DiscordApi api) {
        Set<SlashCommandBuilder> all = SlashCommands.all(settings.maxQuestionChars(), settings.membersMayAddLinks());
        if (withFeeds) {
            all.addAll(SlashCommands.feeds());
        }
        String guild = settings.discord().guildId();
        try {
            if (guild.isEmpty()) {
                api.bulkOverwriteGlobalApplicationCommands(all).get(REGISTER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                return "globally";
            }
            api.bulkOverwriteServerApplicationCommands(Long.parseLong(guild), all)
                    .get(REGISTER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return "in server " + guild;
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new DiscordStartException("Discord did not accept the slash commands" + (guild.isEmpty() ? ""
                    : " for server " + guild + " (is the bot in that server?)") + ": " + rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new DiscordStartException("interrupted while registering the slash commands");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Announces in channel {@code channelId} the stories a feed's poll added (title and outlet, no pings), once online. */
    public NewStories announcer(String channelId) {
        return poll -> announcements.post(api, channelId, poll);
    }

    /** Blocks until the bot has been closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops taking questions, lets those in flight be answered, then disconnects. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        try {
            workers.close(DRAIN_TIMEOUT);
            log.info("storybot is leaving Discord; the answers in flight are finished");
            DiscordApi connected = api;
            if (connected != null) {
                connected.disconnect().get(10, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Javacord may refuse the disconnect task (RejectedExecutionException); the connection goes either way
            log.debug("disconnecting from Discord: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
    }
}
