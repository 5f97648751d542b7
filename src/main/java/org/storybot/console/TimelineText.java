package org.storybot.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storybot.answer.Citation;
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
        List<Citation> sources = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (TimelineEvent e : timeline.events()) {
            out.append("\n").append(dateOf(e)).append(" — ").append(e.text());
            for (Citation c : e.citations()) {
                String key = c.storyId() + "#" + c.paragraph();
                if (!keys.contains(key)) {
                    keys.add(key);
                    sources.add(c);
                }
                out.append(" [").append(keys.indexOf(key) + 1).append(']');
            }
        }
        out.append("\n\nSources:");
        for (int i = 0; i < sources.size(); i++) {
            Citation c = sources.get(i);
            out.append(String.format(Locale.ROOT, "%n[%d] %s (%s), %s", i + 1, c.storyTitle(), c.storyId(), c.place()));
        }
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
