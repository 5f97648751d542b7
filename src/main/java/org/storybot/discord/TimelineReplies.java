package org.storybot.discord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storybot.answer.Citation;
import org.storybot.timeline.TimelineEvent;
import org.storybot.timeline.TimelineResult;

/**
 * How /timeline looks on Discord: one line an event (its date in bold, its words, the stories and
 * paragraphs it cites), Markdown-safe, in pages of one message each when they do not all fit in one.
 */
final class TimelineReplies {

    /** The most characters of an event's words shown. */
    private static final int MAX_TEXT = 280;

    private TimelineReplies() {
    }

    /** The reply's pages: the heading, then one line an event, as many as fit a page. */
    static List<String> pages(TimelineResult result) {
        if (result instanceof TimelineResult.Refused refused) {
            return List.of(DiscordMarkdown.escape(refused.reason()));
        }
        TimelineResult.Events timeline = (TimelineResult.Events) result;
        String about = timeline.topic() != null ? "“" + timeline.topic() + "” (" + timeline.stories().size()
                + (timeline.stories().size() == 1 ? " story)" : " stories)") : "“" + timeline.stories().get(0).title() + "”";
        String heading = "**Timeline of " + DiscordMarkdown.escape(about) + "**";
        if (timeline.events().isEmpty()) {
            return List.of(heading + "\nNo sentence of " + (timeline.stories().size() == 1 ? "it" : "them") + " states a date.");
        }
        return PageBook.pages(heading, timeline.events().stream().map(TimelineReplies::line).toList());
    }

    private static String line(TimelineEvent e) {
        String date = e.when().resolved() ? e.when().label() : "undated: “" + e.asStated() + "”";
        String words = e.text().length() <= MAX_TEXT ? e.text() : e.text().substring(0, MAX_TEXT - 1).strip() + "…";
        Set<String> cited = new LinkedHashSet<>();
        for (Citation c : e.citations()) {
            cited.add("`" + c.storyId().replace("`", "'") + "` ¶" + c.paragraph());
        }
        return "**" + DiscordMarkdown.escape(date) + "** " + DiscordMarkdown.escape(words).replace("\n", " ")
                + " (" + String.join("; ", cited) + ")";
    }
}
