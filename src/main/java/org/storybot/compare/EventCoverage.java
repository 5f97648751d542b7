package org.storybot.compare;

import java.util.List;
import org.storybot.answer.Citation;
import org.storybot.store.StoryInfo;

/**
 * How the stories of one event told it: what most of them report (each outlet cited), what only one
 * reports, and where two differ on an amount or a claim. A group of one story has no items.
 */
public record EventCoverage(List<StoryInfo> stories, List<Item> shared, List<Only> only, List<Item> differ) {

    public EventCoverage {
        stories = List.copyOf(stories);
        shared = List.copyOf(shared);
        only = List.copyOf(only);
        differ = List.copyOf(differ);
    }

    /** One line and the sentences it rests on, verbatim, each in the story that says it. */
    public record Item(String text, List<Citation> citations) {
        public Item {
            citations = List.copyOf(citations);
        }
    }

    /** What one story alone reports. */
    public record Only(String storyId, String text, List<Citation> citations) {
        public Only {
            citations = List.copyOf(citations);
        }
    }
}
