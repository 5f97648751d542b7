package org.storybot.compare;

import java.util.List;
import org.storybot.store.StoryInfo;

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

        /**
         * What was compared and what came of it, in words with no closing punctuation, as every front end
         * heads it: "Coverage of the event of “…”" for a story (whether another story covers it is the
         * front end's to say), else "Coverage across the library: 2 events; 1 story no other covers".
         */
        public String heading() {
            if (story != null) {
                String title = groups.get(0).stories().stream().filter(s -> s.id().equals(story)).findFirst()
                        .map(StoryInfo::title).orElse(story);
                return "Coverage of the event of “" + title + "”";
            }
            String what = topic != null ? "Coverage of “" + topic + "”" : "Coverage across the library";
            String lone = topic != null || alone == 0 ? ""
                    : "; " + alone + (alone == 1 ? " story no other covers" : " stories no other covers");
            return what + ": " + groups.size() + (groups.size() == 1 ? " event" : " events") + lone;
        }
    }

    /** No comparison: the story is unknown, the topic matches nothing, or there is nothing to compare with. */
    record Refused(String reason) implements CompareResult {
    }
}
