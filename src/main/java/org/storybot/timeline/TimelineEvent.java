package org.storybot.timeline;

import java.util.List;
import org.storybot.answer.Citation;

/**
 * One dated event the stories state: when (resolved, or null with its words kept), the date
 * expression as the story wrote it, the sentence or its main clause, and every story that reports it.
 */
public record TimelineEvent(When when, String asStated, String text, List<Citation> citations) {

    public TimelineEvent {
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("an event cites at least one story");
        }
        citations = List.copyOf(citations);
    }
}
