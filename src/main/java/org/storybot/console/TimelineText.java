package org.storybot.console;

import org.storybot.timeline.TimelineEvent;
import org.storybot.timeline.TimelineResult;

/** How a timeline looks on a terminal (the console's /timeline and {@code storybot timeline}): dated lines, then their sources. */
public final class TimelineText {

    private TimelineText() {
    }

    public static String of(TimelineResult result) {
        if (result instanceof TimelineResult.Refused refused) {
            return refused.reason();
        }
        TimelineResult.Events timeline = (TimelineResult.Events) result;
        StringBuilder out = new StringBuilder(heading(timeline));
        if (timeline.events().isEmpty()) {
            return out.append(" no sentence states a date.").toString();
        }
        CitedParagraphs sources = new CitedParagraphs();
        for (TimelineEvent e : timeline.events()) {
            out.append("\n").append(dateOf(e)).append(" — ").append(e.text()).append(sources.markers(e.citations()));
        }
        out.append(sources.list());
        return out.toString();
    }

    /** "Timeline of “…” (3 stories):" — what was dated. */
    public static String heading(TimelineResult.Events timeline) {
        String about = timeline.topic() != null ? "Timeline of “" + timeline.topic() + "” (" + timeline.stories().size()
                + (timeline.stories().size() == 1 ? " story" : " stories") + ")" : "Timeline of “" + timeline.stories().get(0).title() + "”";
        return about + ":";
    }

    /** The date as readers see it, or the words as the story stated them when they could not be placed. */
    public static String dateOf(TimelineEvent e) {
        return e.when().resolved() ? e.when().label() : "(undated) “" + e.asStated() + "”";
    }
}
