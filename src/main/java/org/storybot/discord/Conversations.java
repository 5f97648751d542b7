package org.storybot.discord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which conversation a message belongs to, so that a follow-up ("who turned it down?") is read
 * with what came before: a thread is one conversation; so is a channel, and a direct-message
 * channel with one person. A reply to one of the bot's messages continues the conversation that
 * message answered in: as remembered, else as written in the message's buttons (which survive a
 * restart), else the conversation is named after the message the bot's message replied to, the
 * root of the chain. Thread-safe.
 */
final class Conversations {

    /** Bot messages remembered; past that many, the least recently posted or replied to are forgotten. */
    private static final int REMEMBERED = 20_000;

    /**
     * Least recently used first. Not a Caffeine cache: each message is written once and read seldom,
     * and Caffeine's admission by frequency would turn the newest messages away once it is full.
     */
    private final Map<Long, String> byBotMessage = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    static String ofThread(long threadId) {
        return "thread-" + threadId;
    }

    static String ofChannel(long channelId) {
        return "channel-" + channelId;
    }

    static String ofDirectMessages(long userId) {
        return "dm-" + userId;
    }

    static String ofReplyChain(long rootMessageId) {
        return "reply-" + rootMessageId;
    }

    /** Notes that the bot posted {@code messageId} in {@code conversationId}. */
    void posted(long messageId, String conversationId) {
        synchronized (byBotMessage) {
            byBotMessage.put(messageId, conversationId);
        }
    }

    /**
     * The conversation of a reply to the bot's message {@code botMessageId}, whose buttons name
     * {@code inButtons} (null if they name none) and which itself replied to {@code botMessageRepliedTo}
     * (0 if to nothing).
     */
    String ofReplyTo(long botMessageId, String inButtons, long botMessageRepliedTo) {
        String known;
        synchronized (byBotMessage) {
            known = byBotMessage.get(botMessageId);
        }
        if (known != null) {
            return known;
        }
        if (inButtons != null) {
            return inButtons;
        }
        return ofReplyChain(botMessageRepliedTo != 0 ? botMessageRepliedTo : botMessageId);
    }
}
