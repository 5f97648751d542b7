package org.storybot.discord;

import java.util.List;

/**
 * What the bot posts for one reply: its messages in order, each within Discord's limit, the stored
 * answer that the buttons under the last message act on (0: no buttons), and the conversation the
 * reply belongs to (null if none), which the buttons carry for replies to the answer; for one page
 * of a paged reply, where it stands (null otherwise), which puts Previous / Next under it.
 */
record Post(List<String> messages, long answerId, String conversation, PageButton paging) {

    Post {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a post has at least one message");
        }
        if (paging != null && (messages.size() != 1 || answerId > 0)) {
            throw new IllegalArgumentException("a page is one message, without an answer's buttons");
        }
    }

    Post(List<String> messages, long answerId, String conversation) {
        this(messages, answerId, conversation, null);
    }

    /** This one-message post as a page, with Previous / Next. */
    Post paged(PageButton where) {
        return new Post(messages, 0, null, where);
    }

    /** {@code text}, split to fit, without buttons. */
    static Post of(String text) {
        return new Post(MessageSplitter.split(text, MessageSplitter.DISCORD_LIMIT), 0, null);
    }

    /** {@code text}, split to fit, with the answer's buttons under the last message. */
    static Post withButtons(String text, long answerId) {
        return new Post(MessageSplitter.split(text, MessageSplitter.DISCORD_LIMIT), answerId, null);
    }

    Post inConversation(String id) {
        return new Post(messages, answerId, id, paging);
    }

    /** Whether buttons go under the last message: an answer's, or a page's. */
    boolean hasButtons() {
        return answerId > 0 || paging != null;
    }
}
