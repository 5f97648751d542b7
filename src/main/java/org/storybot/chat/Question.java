package org.storybot.chat;

/**
 * A question as an adapter hands it to the assistant.
 *
 * @param conversationId the conversation it belongs to (a thread, a reply chain, a console
 *     session), or null for a question on its own
 * @param storyId the story to answer from, or null for the whole library
 * @param channel where it was asked ("cli", "console", a Discord channel id), for the record
 * @param userId who asked, or null; stored only as a salted hash
 */
public record Question(String text, String conversationId, String storyId, String channel, String userId) {

    public static Question of(String text) {
        return new Question(text, null, null, "cli", null);
    }

    public Question inConversation(String id) {
        return new Question(text, id, storyId, channel, userId);
    }

    public Question aboutStory(String id) {
        return new Question(text, conversationId, id, channel, userId);
    }
}
