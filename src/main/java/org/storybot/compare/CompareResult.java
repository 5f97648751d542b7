package org.storybot.compare;

import java.util.List;

/** What a comparison comes to: the event groups of the stories meant, or why there is none. */
public sealed interface CompareResult {

    /**
     * @param story the story asked for, or null
     * @param topic the topic asked for, or null (both null: the whole library)
     * @param groups the events, most covered first; for a story, the one it belongs to
     * @param alone how many of the stories read no other story covers (not among {@code groups} for the library)
     */
    record Groups(String story, String topic, List<EventCoverage> groups, int alone) implements CompareResult {
        public Groups {
            groups = List.copyOf(groups);
        }
    }

    /** No comparison: the story is unknown, the topic matches nothing, or there is nothing to compare with. */
    record Refused(String reason) implements CompareResult {
    }
}
