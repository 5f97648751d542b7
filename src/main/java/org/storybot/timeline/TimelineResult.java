package org.storybot.timeline;

import java.util.List;
import org.storybot.store.StoryInfo;

/** What a timeline request comes to: the events of the stories meant, in order, or why there is none. */
public sealed interface TimelineResult {

    /**
     * @param story the story asked for, or null for a topic
     * @param topic the topic asked for, or null for a story
     * @param stories the stories read, in the order their events are merged
     */
    record Events(String story, String topic, List<StoryInfo> stories, List<TimelineEvent> events) implements TimelineResult {
        public Events {
            stories = List.copyOf(stories);
            events = List.copyOf(events);
        }
    }

    /** No timeline: the story is unknown, the topic matches no story, or which story is meant is unclear. */
    record Refused(String reason) implements TimelineResult {
    }
}
