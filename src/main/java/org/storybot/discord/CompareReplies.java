package org.storybot.discord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storybot.answer.Citation;
import org.storybot.compare.CompareResult;
import org.storybot.compare.EventCoverage;
import org.storybot.compare.Outlets;
import org.storybot.store.StoryInfo;

/**
 * How /compare looks on Discord: each event as a block (its outlets with their lean and date, then what
 * most report, what only one reports, where they differ, each line with the stories and paragraphs it
 * cites), Markdown-safe; one event a page (turned with Previous / Next), split further where an event
 * does not fit in one message.
 */
final class CompareReplies {

    /** The most characters of one item's words shown. */
    private static final int MAX_TEXT = 400;

    private CompareReplies() {
    }

    /** The reply's pages: the heading and the first event, then one event a page (split where one does not fit). */
    static List<String> pages(CompareResult result) {
        if (result instanceof CompareResult.Refused refused) {
            return List.of(DiscordMarkdown.escape(refused.reason()));
        }
        CompareResult.Groups groups = (CompareResult.Groups) result;
        List<String> pages = new ArrayList<>();
        String heading = "**" + DiscordMarkdown.escape(heading(groups)) + "**";
        for (int i = 0; i < groups.groups().size(); i++) {
            String event = event(groups.groups().get(i), i + 1);
            pages.addAll(MessageSplitter.split(i == 0 ? heading + "\n\n" + event : event, PageBook.PAGE_BUDGET));
        }
        return pages.isEmpty() ? List.of(heading) : pages;
    }

    private static String heading(CompareResult.Groups groups) {
        return groups.heading() + (groups.story() != null && groups.alone() > 0 ? ": no other story covers it" : "");
    }

    private static String event(EventCoverage event, int number) {
        StringBuilder out = new StringBuilder("__Event ").append(number).append("__ — ").append(event.stories().size())
                .append(event.stories().size() == 1 ? " story" : " stories");
        for (StoryInfo s : event.stories()) {
            out.append("\n• ").append(DiscordMarkdown.escape(Outlets.label(s)))
                    .append(s.date() == null ? "" : ", " + DiscordMarkdown.escape(s.date().substring(0, Math.min(10, s.date().length()))))
                    .append(": ").append(DiscordMarkdown.escape(s.title())).append(" (`").append(s.id().replace("`", "'")).append("`)");
        }
        if (!event.shared().isEmpty()) {
            out.append("\n**Reported by most**");
            event.shared().forEach(i -> out.append("\n• ").append(line(i.text(), i.citations())));
        }
        for (StoryInfo s : event.stories()) {
            List<EventCoverage.Only> only = event.only().stream().filter(o -> o.storyId().equals(s.id())).toList();
            if (!only.isEmpty()) {
                out.append("\n**Only ").append(DiscordMarkdown.escape(Outlets.label(s))).append("**");
                only.forEach(o -> out.append("\n• ").append(line(o.text(), o.citations())));
            }
        }
        if (!event.differ().isEmpty()) {
            out.append("\n**Where they differ**");
            event.differ().forEach(i -> out.append("\n• ").append(line(i.text(), i.citations())));
        }
        return out.toString();
    }

    private static String line(String text, List<Citation> citations) {
        String words = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1).strip() + "…";
        Set<String> cited = new LinkedHashSet<>();
        for (Citation c : citations) {
            cited.add("`" + c.storyId().replace("`", "'") + "` ¶" + c.paragraph());
        }
        return DiscordMarkdown.escape(words).replace("\n", " ") + " (" + String.join("; ", cited) + ")";
    }
}
