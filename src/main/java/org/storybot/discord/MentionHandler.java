package org.storybot.discord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.message.MessageReference;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.server.Server;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.listener.message.MessageCreateListener;
import org.javacord.api.util.NonThrowingAutoCloseable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;

/**
 * Questions in messages: "@storybot who turned down the resignation?", a reply to one of the bot's
 * answers, anything written to it in a direct message. The bot shows it is typing, then replies to
 * the message. Other bots, webhooks and the bot itself are ignored, and so are channels outside
 * {@code discord.channels} when that list is set. Called on Javacord's event threads; answers on a worker.
 */
final class MentionHandler implements MessageCreateListener {

    private static final Logger log = LoggerFactory.getLogger(MentionHandler.class);

    private final Assistant assistant;
    private final Workers workers;
    private final QuestionLimits limits;
    private final Access access;
    private final Conversations conversations;
    private final ReplyFormatter format;
    private final SeenIds seen;

    /** @param seen the messages already taken: one delivered again is ignored */
    MentionHandler(Assistant assistant, Workers workers, QuestionLimits limits, Access access, Conversations conversations,
            ReplyFormatter format, SeenIds seen) {
        this.assistant = assistant;
        this.workers = workers;
        this.limits = limits;
        this.access = access;
        this.conversations = conversations;
        this.format = format;
        this.seen = seen;
    }

    @Override
    public void onMessageCreate(MessageCreateEvent event) {
        try {
            handle(event.getMessage());
        } catch (RuntimeException e) {
            log.error("a message could not be handled", e);
        }
    }

    private void handle(Message message) {
        MessageAuthor author = message.getAuthor();
        if (author.isYourself() || author.isBotUser() || author.isWebhook() || author.asUser().isEmpty()) {
            return;
        }
        TextChannel channel = message.getChannel();
        boolean direct = channel.asPrivateChannel().isPresent();
        long me = message.getApi().getYourself().getId();
        Optional<Message> repliedTo = message.getReferencedMessage().filter(m -> m.getAuthor().isYourself());
        boolean mentioned = message.getMentionedUsers().stream().anyMatch(u -> u.getId() == me);
        if (!(direct || mentioned || repliedTo.isPresent()) || !access.answersIn(channel)) {
            return;
        }
        if (!seen.first(message.getId())) {
            log.info("message {} was delivered again; it is answered once", message.getId());
            return;
        }
        String text = QuestionText.of(message.getContent());
        if (text.isBlank()) {
            reply(message, Post.of(ReplyFormatter.EMPTY_MENTION), null);
            return;
        }
        String user = author.getIdAsString();
        QuestionLimits.Verdict verdict = limits.admit(text, user, message.getServer().map(Server::getIdAsString).orElse(null));
        if (verdict instanceof QuestionLimits.Verdict.TooLong tooLong) {
            reply(message, Post.of(format.tooLong(tooLong.length(), tooLong.max())), null);
            return;
        }
        if (verdict instanceof QuestionLimits.Verdict.TooFast tooFast) {
            reply(message, Post.of(format.tooFast(tooFast.retryAfterSeconds(), tooFast.wholeServer())), null);
            return;
        }
        String conversation = conversation(message, repliedTo, direct);
        Question question = new Question(text, conversation, null, channel.getIdAsString(), user);
        boolean queued = workers.run(() -> {
            Post post;
            NonThrowingAutoCloseable typing = channel.typeContinuously();
            try {
                post = format.reply(assistant.ask(question)).inConversation(conversation);
            } catch (RuntimeException e) {
                log.error("answering a mention failed", e);
                post = Post.of(ReplyFormatter.FAILED);
            } finally {
                typing.close();
            }
            send(message, post, conversation);
        });
        if (!queued) {
            log.warn("too many questions waiting; one mention was turned away");
        }
    }

    /** A short reply (a refusal or a hint) from a worker; dropped with a log line when the bot is overloaded. */
    private void reply(Message message, Post post, String conversation) {
        if (!workers.run(() -> send(message, post, conversation))) {
            log.warn("too many questions waiting; a reply was dropped");
        }
    }

    private void send(Message question, Post post, String conversation) {
        try {
            List<Message> sent = Outbox.replyTo(question, post);
            if (conversation != null) {
                sent.forEach(m -> conversations.posted(m.getId(), conversation));
            }
        } catch (RuntimeException e) {
            log.error("could not send {} to Discord: {}", post.answerId() > 0 ? "answer " + post.answerId() : "a reply",
                    Undelivered.of(e).describe());
            log.debug("the failed reply", e);
        }
    }

    /** The thread; else the conversation of the bot message replied to; else the person (DM) or the channel. */
    private String conversation(Message message, Optional<Message> repliedTo, boolean direct) {
        TextChannel channel = message.getChannel();
        if (channel.asServerThreadChannel().isPresent()) {
            return Conversations.ofThread(channel.getId());
        }
        if (repliedTo.isPresent()) {
            Message answer = repliedTo.get();
            long rootward = answer.getMessageReference().flatMap(MessageReference::getMessageId).orElse(0L);
            return conversations.ofReplyTo(answer.getId(), conversationInButtons(answer), rootward);
        }
        return direct ? Conversations.ofDirectMessages(message.getAuthor().getId()) : Conversations.ofChannel(channel.getId());
    }

    /** The conversation the "Show sources" button under one of the bot's answers names, or null. */
    private static String conversationInButtons(Message answer) {
        return answer.getComponents().stream()
                .flatMap(row -> row.asActionRow().stream())
                .flatMap(row -> row.getComponents().stream())
                .flatMap(component -> component.asButton().flatMap(Button::getCustomId).stream())
                .flatMap(id -> AnswerButton.parse(id).stream())
                .filter(AnswerButton.ShowSources.class::isInstance)
                .map(button -> ((AnswerButton.ShowSources) button).conversation())
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
