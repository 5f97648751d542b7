package org.storybot.discord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storybot.answer.Citation;
import org.storybot.timeline.TimelineEvent;
import org.storybot.timeline.TimelineResult;

/**
 * How /timeline looks on Discord: one line an event (its date in bold, its words, the stories and
 * paragraphs it cites), Markdown-safe, within one message; what does not fit is counted ("and 12 more").
 */
final class TimelineReplies {

    /** Room kept out of Discord's 2,000 characters for the "and N more" line. */
    private static final int MESSAGE_BUDGET = MessageSplitter.DISCORD_LIMIT - 60;
    /** The most characters of an event's words shown. */
    private static final int MAX_TEXT = 280;

    private TimelineReplies() {
    }

    static String format(TimelineResult result) {
        if (result instanceof TimelineResult.Refused refused) {
            return DiscordMarkdown.escape(refused.reason());
        }
        TimelineResult.Events timeline = (TimelineResult.Events) result;
        String about = timeline.topic() != null ? "“" + timeline.topic() + "” (" + timeline.stories().size()
                + (timeline.stories().size() == 1 ? " story)" : " stories)") : "“" + timeline.stories().get(0).title() + "”";
        StringBuilder text = new StringBuilder("**Timeline of ").append(DiscordMarkdown.escape(about)).append("**");
        List<TimelineEvent> events = timeline.events();
        if (events.isEmpty()) {
            return text.append("\nNo sentence of ").append(timeline.stories().size() == 1 ? "it" : "them").append(" states a date.").toString();
        }
        for (int i = 0; i < events.size(); i++) {
            String line = "\n" + line(events.get(i));
            if (text.length() + line.length() > MESSAGE_BUDGET) {
                return text.append("\n…and ").append(events.size() - i).append(" more (`storybot timeline` lists them all)").toString();
            }
            text.append(line);
        }
        return text.toString();
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
