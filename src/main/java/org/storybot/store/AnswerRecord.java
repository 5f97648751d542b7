package org.storybot.store;

import java.time.OffsetDateTime;

/**
 * One reply as stored: {@code citationsJson} is the citations as the chat core serialised them,
 * {@code userHash} a salted hash, never the user's id itself.
 */
public record AnswerRecord(
        long id,
        String conversationId,
        String question,
        String standaloneQuestion,
        String outcome,
        String answerText,
        String citationsJson,
        String storyId,
        double latencyMs,
        String channel,
        String userHash,
        OffsetDateTime createdAt) {
}
