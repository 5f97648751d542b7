package org.storybot.chat;

import org.storybot.compare.Coverage;
import org.storybot.people.WhosWho;
import org.storybot.quote.QuoteCheck;
import org.storybot.timeline.Timelines;

/**
 * The story tools the assistant hands the adapters, beside questions and summaries: quote check, who's
 * who, timelines, coverage across outlets.
 */
public record StoryTools(QuoteCheck quotes, WhosWho people, Timelines timelines, Coverage coverage) {
}
