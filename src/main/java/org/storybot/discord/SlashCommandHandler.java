package org.storybot.discord;

import java.util.Optional;
import java.util.function.BiFunction;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.server.Server;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.listener.interaction.SlashCommandCreateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.answer.SummaryLength;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;

/**
 * /ask, /summary, /quote, /people, /timeline, /compare, /sources, /stories and /help (and /ingest, handed to {@link StoryUpload}; /follow,
 * /unfollow and /feeds, to {@link FeedCommands}). Cheap
 * commands and refusals are answered at once; anything that runs the composer is acknowledged at
 * once and answered from a worker. Called on Javacord's event threads; never blocks them.
 */
final class SlashCommandHandler implements SlashCommandCreateListener {

    private static final Logger log = LoggerFactory.getLogger(SlashCommandHandler.class);

    private final Assistant assistant;
    private final StoryUpload upload;
    private final Workers workers;
    private final QuestionLimits limits;
    private final Access access;
    private final Conversations conversations;
    private final ReplyFormatter format;
    private final FeedCommands feeds;
    private final SeenIds seen;
    private final PageBook pages;

    /**
     * @param feeds /follow, /unfollow and /feeds; null when the bot follows no feeds
     * @param seen  the interactions already taken: one delivered again is ignored
     */
    SlashCommandHandler(Assistant assistant, StoryUpload upload, Workers workers, QuestionLimits limits, Access access,
            Conversations conversations, ReplyFormatter format, FeedCommands feeds, SeenIds seen, PageBook pages) {
        this.assistant = assistant;
        this.upload = upload;
        this.workers = workers;
        this.limits = limits;
        this.access = access;
        this.conversations = conversations;
        this.format = format;
        this.feeds = feeds;
        this.seen = seen;
        this.pages = pages;
    }

    @Override
    public void onSlashCommandCreate(SlashCommandCreateEvent event) {
        SlashCommandInteraction command = event.getSlashCommandInteraction();
        if (!seen.first(command.getId())) {
            log.info("/{} interaction {} was delivered again; it is answered once", command.getCommandName(), command.getId());
            return;
        }
        try {
            handle(command);
        } catch (RuntimeException e) {
            log.error("/{} failed", command.getCommandName(), e);
            ephemeral(command, ReplyFormatter.FAILED);
        }
    }

    private void handle(SlashCommandInteraction command) {
        Optional<TextChannel> channel = command.getChannel();
        if (channel.isPresent() && !access.answersIn(channel.get())) {
            ephemeral(command, format.notThisChannel(access.channels()));
            return;
        }
        switch (command.getCommandName()) {
            case SlashCommands.ASK -> ask(command);
            case SlashCommands.SUMMARY -> summary(command);
            case SlashCommands.QUOTE -> quote(command);
            case SlashCommands.PEOPLE -> people(command);
            case SlashCommands.TIMELINE -> timeline(command);
            case SlashCommands.COMPARE -> storyTool(command, (story, topic) -> pages.post(CompareReplies.pages(story != null
                    ? assistant.coverage().ofStory(story) : topic != null ? assistant.coverage().ofTopic(topic) : assistant.coverage().ofLibrary())));
            case SlashCommands.SOURCES -> Outbox.respondNow(command, format.sources(assistant.lastSources(conversation(command)),
                    "No answer here yet: ask a question first."), true).exceptionally(this::logFailure);
            case SlashCommands.STORIES -> Outbox.respondNow(command, format.stories(assistant.stories()), true)
                    .exceptionally(this::logFailure);
            case SlashCommands.HELP -> ephemeral(command, ReplyFormatter.HELP);
            case SlashCommands.INGEST -> upload.handle(command);
            case SlashCommands.FOLLOW, SlashCommands.UNFOLLOW, SlashCommands.FEEDS -> {
                if (feeds == null) {
                    ephemeral(command, "This bot follows no feeds.");
                } else {
                    feeds.handle(command);
                }
            }
            default -> ephemeral(command, "I do not know that command; `/help` lists mine.");
        }
    }

    private void ask(SlashCommandInteraction command) {
        String text = QuestionText.of(command.getArgumentStringValueByName(SlashCommands.QUESTION).orElse(""));
        String story = storyArgument(command);
        if (story != null && !knownStory(story)) {
            ephemeral(command, format.unknownStory(story));
            return;
        }
        String user = command.getUser().getIdAsString();
        if (refused(command, limits.admit(text, user, serverId(command)))) {
            return;
        }
        String conversation = conversation(command);
        Question question = new Question(text, conversation, story, channelId(command), user);
        workers.deferThen(command, false, () -> format.reply(assistant.ask(question)).inConversation(conversation),
                sent -> sent.forEach(m -> conversations.posted(m.getId(), conversation)));
    }

    private void summary(SlashCommandInteraction command) {
        String story = storyArgument(command);
        if (story != null && !knownStory(story)) {
            ephemeral(command, format.unknownStory(story));
            return;
        }
        SummaryLength length = command.getArgumentStringValueByName(SlashCommands.LENGTH).map(SummaryLength::parse)
                .orElse(SummaryLength.MEDIUM);
        String user = command.getUser().getIdAsString();
        if (refused(command, limits.admitWork(user, serverId(command)))) {
            return;
        }
        String conversation = conversation(command);
        String topic = command.getArgumentStringValueByName(SlashCommands.TOPIC).map(String::strip).orElse("");
        workers.deferThen(command, false, () -> format.summary(story == null && !topic.isEmpty()
                ? assistant.summarizeTopic(topic, length) : assistant.summarize(story, length, conversation)),
                sent -> sent.forEach(m -> conversations.posted(m.getId(), conversation)));
    }

    /** /quote text: [speaker:]: checked on a worker, answered in the channel. */
    private void quote(SlashCommandInteraction command) {
        String text = command.getArgumentStringValueByName(SlashCommands.TEXT).map(String::strip).orElse("");
        String speaker = command.getArgumentStringValueByName(SlashCommands.SPEAKER).orElse(null);
        if (text.isEmpty()) {
            ephemeral(command, "Give the quotation to check in `text:`.");
            return;
        }
        if (refused(command, limits.admitWork(command.getUser().getIdAsString(), serverId(command)))) {
            return;
        }
        workers.deferThen(command, false, () -> Post.of(QuoteReplies.format(assistant.quotes().check(text, speaker))), sent -> { });
    }

    /** /people [story:] [topic:]: read on a worker, answered in the channel. */
    private void people(SlashCommandInteraction command) {
        storyTool(command, (story, topic) -> pages.post(PeopleReplies.pages(story == null && topic != null
                ? assistant.people().ofTopic(topic) : assistant.people().ofStory(story), story == null ? topic : null)));
    }

    /** /timeline [story:] [topic:]: drawn on a worker, answered in the channel. */
    private void timeline(SlashCommandInteraction command) {
        storyTool(command, (story, topic) -> pages.post(TimelineReplies.pages(story != null ? assistant.timelines().ofStory(story)
                : assistant.timelines().of(topic))));
    }

    /** A story tool's command with story: and topic: options: the story checked, the reply made on a worker. */
    private void storyTool(SlashCommandInteraction command, BiFunction<String, String, Post> reply) {
        String story = storyArgument(command);
        String topic = command.getArgumentStringValueByName(SlashCommands.TOPIC).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        if (story != null && !knownStory(story)) {
            ephemeral(command, format.unknownStory(story));
            return;
        }
        if (refused(command, limits.admitWork(command.getUser().getIdAsString(), serverId(command)))) {
            return;
        }
        workers.deferThen(command, false, () -> reply.apply(story, topic), sent -> { });
    }

    /** Answers a refused question with why, to the asker only; false when it was admitted. */
    private boolean refused(SlashCommandInteraction command, QuestionLimits.Verdict verdict) {
        if (verdict instanceof QuestionLimits.Verdict.TooLong tooLong) {
            ephemeral(command, format.tooLong(tooLong.length(), tooLong.max()));
            return true;
        }
        if (verdict instanceof QuestionLimits.Verdict.TooFast tooFast) {
            ephemeral(command, format.tooFast(tooFast.retryAfterSeconds(), tooFast.wholeServer()));
            return true;
        }
        return false;
    }

    private String storyArgument(SlashCommandInteraction command) {
        return command.getArgumentStringValueByName(SlashCommands.STORY).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(null);
    }

    private boolean knownStory(String id) {
        return assistant.stories().stream().anyMatch(s -> s.id().equals(id));
    }

    private void ephemeral(SlashCommandInteraction command, String text) {
        Outbox.respondNow(command, Post.of(text), true).exceptionally(this::logFailure);
    }

    private Void logFailure(Throwable e) {
        log.warn("could not answer a slash command: {}", e.toString());
        return null;
    }

    /** The thread, the channel, or for direct messages the person: where follow-ups belong. */
    static String conversation(SlashCommandInteraction command) {
        Optional<TextChannel> channel = command.getChannel();
        if (channel.isEmpty() || channel.get().asPrivateChannel().isPresent()) {
            return Conversations.ofDirectMessages(command.getUser().getId());
        }
        if (channel.get().asServerThreadChannel().isPresent()) {
            return Conversations.ofThread(channel.get().getId());
        }
        return Conversations.ofChannel(channel.get().getId());
    }

    private static String channelId(SlashCommandInteraction command) {
        return command.getChannel().map(TextChannel::getIdAsString).orElse("dm");
    }

    private static String serverId(SlashCommandInteraction command) {
        return command.getServer().map(Server::getIdAsString).orElse(null);
    }
}
