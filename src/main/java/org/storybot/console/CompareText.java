package org.storybot.console;

import java.util.List;
import org.storybot.compare.CompareResult;
import org.storybot.compare.EventCoverage;
import org.storybot.compare.Outlets;
import org.storybot.store.StoryInfo;

/**
 * How coverage across outlets looks on a terminal (the console's /compare and {@code storybot compare}):
 * each event with its outlets, what most report, what only one reports, where they differ; then the sources.
 */
public final class CompareText {

    private CompareText() {
    }

    public static String of(CompareResult result) {
        if (result instanceof CompareResult.Refused refused) {
            return refused.reason();
        }
        CompareResult.Groups groups = (CompareResult.Groups) result;
        StringBuilder out = new StringBuilder(heading(groups));
        CitedParagraphs sources = new CitedParagraphs();
        int n = 0;
        for (EventCoverage event : groups.groups()) {
            out.append("\n\n").append(block(event, ++n, sources));
        }
        if (!sources.isEmpty()) {
            out.append(sources.list());
        }
        return out.toString();
    }

    /** What was compared, and what came of it, in a line. */
    public static String heading(CompareResult.Groups groups) {
        if (groups.story() != null) {
            return groups.heading() + (groups.alone() > 0 ? ": no other story covers this event." : ":");
        }
        return groups.heading() + ".";
    }

    /** One event: its outlets and items, with markers numbered in {@code sources}. */
    private static String block(EventCoverage event, int number, CitedParagraphs sources) {
        StringBuilder out = new StringBuilder("Event " + number + " — " + event.stories().size()
                + (event.stories().size() == 1 ? " story:" : " stories:"));
        for (StoryInfo s : event.stories()) {
            out.append("\n  ").append(Outlets.label(s)).append(s.date() == null ? "" : ", " + s.date().substring(0, Math.min(10, s.date().length())))
                    .append(": “").append(s.title()).append("” (").append(s.id()).append(')');
        }
        if (!event.shared().isEmpty()) {
            out.append("\nReported by most:");
            event.shared().forEach(i -> out.append("\n  - ").append(i.text()).append(sources.markers(i.citations())));
        }
        for (StoryInfo s : event.stories()) {
            List<EventCoverage.Only> only = event.only().stream().filter(o -> o.storyId().equals(s.id())).toList();
            if (!only.isEmpty()) {
                out.append("\nOnly ").append(Outlets.label(s)).append(':');
                only.forEach(o -> out.append("\n  - ").append(o.text()).append(sources.markers(o.citations())));
            }
        }
        if (!event.differ().isEmpty()) {
            out.append("\nWhere they differ:");
            event.differ().forEach(i -> out.append("\n  - ").append(i.text()).append(sources.markers(i.citations())));
        }
        return out.toString();
    }
}
