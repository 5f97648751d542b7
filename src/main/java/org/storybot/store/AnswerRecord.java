package org.storybot.store;

import java.time.OffsetDateTime;

/**
 * One reply as stored: {@code shortAnswer} and {@code shortAnswerKind} are the short answer it
 * stated before its quotes and its kind (null when it only quoted), {@code citationsJson} is the citations as the chat core serialised them,
 * {@code userHash} a salted hash, never the user's id itself.
 */
public record AnswerRecord(
        long id,
        String conversationId,
        String question,
        String standaloneQuestion,
        String outcome,
        String answerText,
        String shortAnswer,
        String shortAnswerKind,
        String citationsJson,
        String storyId,
        double latencyMs,
        String channel,
        String userHash,
        OffsetDateTime createdAt) {

    /** The same reply under another id. */
    AnswerRecord withId(long newId) {
        return new AnswerRecord(newId, conversationId, question, standaloneQuestion, outcome, answerText, shortAnswer,
                shortAnswerKind, citationsJson, storyId, latencyMs, channel, userHash, createdAt);
    }
}
