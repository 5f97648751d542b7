package org.storybot.chat;

import org.storybot.answer.Summary;

/** What the assistant says when asked for a summary: the summary, or why it cannot give one. */
public sealed interface SummaryReply {

    record Summarized(Summary summary, double latencyMs) implements SummaryReply {
    }

    record Refused(String message) implements SummaryReply {
    }
}
