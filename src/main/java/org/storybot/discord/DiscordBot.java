package org.storybot.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
import org.storybot.store.IdentifyGate;

/**
 * storybot on Discord, through Javacord: logs in the shards this process runs (one connection
 * each), registers the slash commands once (the process running shard 0 does), and hands events
 * to the handlers, which answer through the {@link Assistant} on a bounded pool of workers.
 * Closing lets the answers in flight finish before the connections are dropped.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Servers and their channels, messages in them and in DMs, and the text of messages that mention the bot. */
    private static final Intent[] INTENTS = {Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES,
        Intent.MESSAGE_CONTENT};
    private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int WORKERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int QUEUED = 100;
    /** Interactions and messages remembered against a second delivery: far more than a resumed gateway replays. */
    private static final int SEEN_IDS = 10_000;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What the bot needs from the settings. */
    public record Settings(DiscordConfig discord, int maxQuestionChars, long maxFileBytes, boolean membersMayAddLinks) {
    }

    /**
     * How far apart the library's identify turns must be ({@link IdentifyGate}) for Discord's
     * limit of one IDENTIFY per 5 s in each bucket: the 5 s and a margin for the handshake.
     */
    public static final Duration IDENTIFY_SPACING = IdentifyTurns.spacing(IdentifyTurns.DISCORD_INTERVAL);

    /**
     * The bot is online: as whom, for which application, the link that adds it to a server, the
     * servers its shards see, and which shards this process runs of how many.
     */
    public record Online(String botName, long applicationId, String inviteUrl, int servers, List<Integer> shards,
            int totalShards) {
        public Online {
            shards = List.copyOf(shards);
        }
    }

    private final Settings settings;
    private final Workers workers;
    private final SlashCommandHandler commands;
    private final MentionHandler mentions;
    private final ButtonHandler buttons;
    private final StoryAutocomplete autocomplete;
    private final ShardLogin shardLogin;
    private final GatewayBot gatewayBot;
    private final boolean withFeeds;
    private final Announcements announcements;
    private final CountDownLatch closed = new CountDownLatch(1);
    /** The shards' connections, lowest shard first; empty until online. */
    private volatile List<DiscordApi> apis = List.of();
    private boolean closing;

    public DiscordBot(Assistant assistant, Ingestor ingestor, LinkIngestor links, Settings settings, Clock clock) {
        this(assistant, ingestor, links, null, settings, clock, builder -> builder);
    }

    /** A bot that also follows feeds: /follow, /unfollow and /feeds. */
    public DiscordBot(Assistant assistant, Ingestor ingestor, LinkIngestor links, Feeds feeds, Settings settings, Clock clock) {
        this(assistant, ingestor, links, feeds, settings, clock, builder -> builder);
    }

    /**
     * A bot whose shards identify in turns from {@code identifies} (spaced by
     * {@link #IDENTIFY_SPACING}), which the library's other processes share.
     */
    public static DiscordBot identifyingInTurns(Assistant assistant, Ingestor ingestor, LinkIngestor links, Feeds feeds,
            Settings settings, Clock clock, IdentifyGate identifies) {
        return new DiscordBot(assistant, ingestor, links, feeds, settings, clock, identifies, builder -> builder);
    }

    DiscordBot(Assistant assistant, Ingestor ingestor, LinkIngestor links, Feeds feeds, Settings settings, Clock clock,
            UnaryOperator<DiscordApiBuilder> tuning) {
        this(assistant, ingestor, links, feeds, settings, clock, null, tuning);
    }

    /**
     * @param feeds      the followed feeds; null for a bot without the feed commands
     * @param identifies the identify turns; null leaves Javacord's own limiter (this process only)
     * @param tuning     adjusts each shard's Javacord login (tests use it to skip the identify wait between logins)
     */
    DiscordBot(Assistant assistant, Ingestor ingestor, LinkIngestor links, Feeds feeds, Settings settings, Clock clock,
            IdentifyGate identifies, UnaryOperator<DiscordApiBuilder> tuning) {
        this.settings = settings;
        this.withFeeds = feeds != null;
        this.announcements = new Announcements(assistant);
        this.workers = new Workers(WORKERS, QUEUED, clock);
        SeenIds seen = new SeenIds(SEEN_IDS);
        this.shardLogin = new ShardLogin(identifies, tuning);
        this.gatewayBot = new GatewayBot(new DiscordHttp(), JSON);
        ReplyFormatter format = new ReplyFormatter();
        Access access = new Access(settings.discord().channels());
        Conversations conversations = new Conversations();
        PageBook pages = new PageBook();
        QuestionLimits limits = new QuestionLimits(settings.discord().userQuestionsPerMinute(),
                settings.discord().guildQuestionsPerMinute(), settings.maxQuestionChars(), clock);
        StoryUpload upload = new StoryUpload(new StoryUpload.Sources(ingestor, links, new DiscordHttp(), settings.maxFileBytes(),
                settings.membersMayAddLinks()), workers, limits, format);
        this.commands = new SlashCommandHandler(assistant, upload, workers, limits, access, conversations, format,
                feeds == null ? null : new FeedCommands(feeds, workers, format), seen, pages);
        this.mentions = new MentionHandler(assistant, workers, limits, access, conversations, format, seen);
        this.buttons = new ButtonHandler(assistant, format, seen, pages);
        this.autocomplete = new StoryAutocomplete(assistant);
    }

    /**
     * Logs the shards this process runs in with {@code token}, registers the slash commands if it
     * runs shard 0, and starts answering.
     */
    public Online start(String token) {
        ShardLogin.Plan plan = ShardLogin.plan(settings.discord().sharding(), () -> gatewayBot.ask(token));
        log.info("storybot runs shards {}", plan.described());
        apis = shardLogin.login(plan, () -> new DiscordApiBuilder().setToken(token).setIntents(INTENTS)
                .setShutdownHookRegistrationEnabled(false) // close() drains the answers first, then disconnects
                .addListener(commands).addListener(mentions).addListener(buttons).addListener(autocomplete));
        DiscordApi first = apis.get(0);
        String scope = plan.ids().get(0) == 0 ? "registered " + register(first)
                : "left to register to the process running shard 0";
        String invite = InviteLink.of(first.getClientId());
        User me = first.getYourself();
        String name = "0".equals(me.getDiscriminator()) ? me.getName() : me.getDiscriminatedName(); // new-style names have no #tag
        int servers = apis.stream().mapToInt(a -> a.getServers().size()).sum();
        Online online = new Online(name, first.getClientId(), invite, servers, plan.ids(), plan.total());
        log.info("storybot is online as {} in {} server(s), slash commands {}; invite: {}", online.botName(),
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

    /**
     * Announces in channel {@code channelId} the stories a feed's poll added (title and outlet, no
     * pings), once online, through the shard that sees the channel (none: this process does not
     * run the shard of its server).
     */
    public NewStories announcer(String channelId) {
        return poll -> {
            List<DiscordApi> online = apis;
            DiscordApi seeing = online.stream().filter(a -> a.getChannelById(channelId).isPresent()).findFirst()
                    .orElse(online.size() == 1 ? online.get(0) : null);
            if (seeing != null) {
                announcements.post(seeing, channelId, poll);
            } else if (!online.isEmpty()) {
                log.debug("channel {} is on a shard another process runs; it announces there", channelId);
            }
        };
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
            apis.forEach(ShardLogin::disconnect);
        } finally {
            closed.countDown();
        }
    }
}
