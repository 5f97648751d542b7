package org.storybot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.callback.ComponentInteractionOriginalMessageUpdater;
import org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;

/**
 * Sends posts to Discord. Every message allows no mentions at all, so a question holding
 * {@code @everyone}, a role or a person pings nobody (the asker included); an answer's buttons go
 * under its last message, a page's Previous / Next under it. A send that Discord fails with a 5xx is tried again ({@link Resend#DISCORD});
 * one that cannot be delivered fails with an {@link Undelivered}. The blocking methods are for worker
 * threads, never for event threads.
 */
final class Outbox {

    private static final AllowedMentions NO_MENTIONS = new AllowedMentionsBuilder().build();
    private static final Resend RESEND = Resend.DISCORD;

    private Outbox() {
    }

    static AllowedMentions noMentions() {
        return NO_MENTIONS;
    }

    /** Answers an interaction at once (type 4); further messages follow up. */
    static CompletableFuture<Void> respondNow(InteractionBase interaction, Post post, boolean ephemeral) {
        InteractionImmediateResponseBuilder first = interaction.createImmediateResponder()
                .setContent(post.messages().get(0)).setAllowedMentions(NO_MENTIONS);
        if (ephemeral) {
            first.setFlags(MessageFlag.EPHEMERAL);
        }
        if (post.messages().size() == 1 && post.hasButtons()) {
            first.addComponents(buttons(post));
        }
        CompletableFuture<?> sent = RESEND.send(first::respond);
        for (int i = 1; i < post.messages().size(); i++) {
            int part = i;
            sent = sent.thenCompose(previous -> RESEND.send(() -> followUp(interaction, post, part, ephemeral).send()));
        }
        return sent.thenApply(last -> null);
    }

    /**
     * Replaces the "thinking…" of a deferred interaction with the post; blocks. Adds each message to
     * {@code sent} as it goes, so a caller whose send failed half-way knows what got through.
     */
    static void editDeferred(InteractionBase interaction, InteractionOriginalResponseUpdater original, Post post,
            boolean ephemeral, List<Message> sent) {
        original.setContent(post.messages().get(0)).setAllowedMentions(NO_MENTIONS).removeAllComponents();
        if (post.messages().size() == 1 && post.hasButtons()) {
            original.addComponents(buttons(post));
        }
        sent.add(RESEND.send(original::update).join());
        for (int i = 1; i < post.messages().size(); i++) {
            InteractionFollowupMessageBuilder next = followUp(interaction, post, i, ephemeral);
            sent.add(RESEND.send(next::send).join());
        }
    }

    /** One short message after a deferral's messages (for a failure half-way); blocks. */
    static void followUp(InteractionBase interaction, String text, boolean ephemeral) {
        InteractionFollowupMessageBuilder message = followUp(interaction, Post.of(text), 0, ephemeral);
        RESEND.send(message::send).join();
    }

    /** Replies to a message in its channel; blocks. Returns the messages sent. */
    static List<Message> replyTo(Message question, Post post) {
        TextChannel channel = question.getChannel();
        List<Message> sent = new ArrayList<>();
        for (int i = 0; i < post.messages().size(); i++) {
            MessageBuilder message = new MessageBuilder().setContent(post.messages().get(i)).setAllowedMentions(NO_MENTIONS);
            if (i == 0) {
                message.replyTo(question.getId(), false);
            }
            if (i == post.messages().size() - 1 && post.hasButtons()) {
                message.addComponents(buttons(post));
            }
            sent.add(RESEND.send(() -> message.send(channel)).join());
        }
        return sent;
    }

    private static InteractionFollowupMessageBuilder followUp(InteractionBase interaction, Post post, int part,
            boolean ephemeral) {
        InteractionFollowupMessageBuilder next = interaction.createFollowupMessageBuilder()
                .setContent(post.messages().get(part)).setAllowedMentions(NO_MENTIONS);
        if (ephemeral) {
            next.setFlags(MessageFlag.EPHEMERAL);
        }
        if (part == post.messages().size() - 1 && post.hasButtons()) {
            next.addComponents(buttons(post));
        }
        return next;
    }

    /** Shows another page of a paged reply in the clicked message (type 7, no new message). */
    static CompletableFuture<Void> turnPage(MessageComponentInteractionBase click, Post page) {
        ComponentInteractionOriginalMessageUpdater update = click.createOriginalMessageUpdater()
                .setContent(page.messages().get(0)).setAllowedMentions(NO_MENTIONS).removeAllComponents()
                .addComponents(buttons(page));
        return RESEND.send(update::update).thenApply(done -> null);
    }

    private static ActionRow buttons(Post post) {
        if (post.paging() != null) {
            PageButton at = post.paging();
            return ActionRow.of(
                    Button.secondary(at.customId(at.page() - 1), "Previous", at.first()),
                    Button.secondary(at.customId(at.page() + 1), "Next", at.last()));
        }
        long answerId = post.answerId();
        return ActionRow.of(
                Button.secondary(new AnswerButton.ShowSources(answerId, post.conversation()).customId(), "Show sources"),
                Button.secondary(new AnswerButton.Vote(answerId, 1).customId(), "👍"),
                Button.secondary(new AnswerButton.Vote(answerId, -1).customId(), "👎"));
    }
}
