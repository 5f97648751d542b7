package org.storybot.chat;

import org.storybot.people.WhosWho;
import org.storybot.quote.QuoteCheck;
import org.storybot.timeline.Timelines;

/** The story tools the assistant hands the adapters, beside questions and summaries: quote check, who's who, timelines. */
public record StoryTools(QuoteCheck quotes, WhosWho people, Timelines timelines) {
}
