package org.storybot.console;

import java.util.List;
import java.util.Locale;
import org.storybot.answer.Citation;
import org.storybot.answer.Summary;
import org.storybot.chat.Reply;
import org.storybot.store.StoryInfo;

/** How replies look on a terminal: the text, then the sources, one per line. */
public final class PlainText {

    private PlainText() {
    }

    /** What the user sees for a reply, sources included. */
    public static String reply(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (reply instanceof Reply.Answered a) {
            out.append(a.text());
            sources(out, "Sources:", a.citations(), a.text());
            notice(out, a.notice());
        } else if (reply instanceof Reply.Abstained a) {
            out.append(a.reason());
            if (!a.nearest().isEmpty()) {
                sources(out, "What the stories do say nearby:", a.nearest(), "");
            }
            notice(out, a.notice());
        } else {
            out.append(reply.text());
        }
        return out.toString();
    }

    public static String summary(Summary summary) {
        StringBuilder out = new StringBuilder();
        out.append(summary.topic() != null ? "Topic: " : "").append(summary.storyTitle()).append(" (").append(summary.length().label()).append(" summary, ")
                .append(summary.words()).append(" words)\n\n").append(summary.text());
        sources(out, "Sources:", summary.citations(), summary.text());
        notice(out, summary.notice());
        return out.toString();
    }

    public static String sources(List<Citation> citations, boolean fullParagraphs) {
        if (citations.isEmpty()) {
            return "No sources yet: ask a question first.";
        }
        StringBuilder out = new StringBuilder();
        for (Citation c : citations) {
            out.append(String.format(Locale.ROOT, "[%d] %s, %s%n", c.marker(), c.storyTitle(), c.place()));
            out.append("    ").append(fullParagraphs ? c.paragraphText() : "“" + c.quote() + "”").append('\n');
        }
        return out.toString().stripTrailing();
    }

    public static String stories(List<StoryInfo> stories) {
        if (stories.isEmpty()) {
            return "The library is empty.";
        }
        StringBuilder out = new StringBuilder();
        for (StoryInfo s : stories) {
            out.append(s.id()).append("  ").append(s.date() == null ? "" : s.date() + "  ").append(s.title())
                    .append(" (").append(s.paragraphs()).append(" paragraphs)\n");
        }
        return out.toString().stripTrailing();
    }

    /** Each citation's story and paragraph, and its quote where {@code shown} (the text above) does not already hold it. */
    private static void sources(StringBuilder out, String heading, List<Citation> citations, String shown) {
        out.append("\n\n").append(heading);
        for (Citation c : citations) {
            out.append(String.format(Locale.ROOT, "%n[%d] %s, %s", c.marker(), c.storyTitle(), c.place()));
            if (!shown.contains(c.quote())) {
                out.append(": “").append(c.quote()).append('”');
            }
        }
    }

    private static void notice(StringBuilder out, String notice) {
        if (notice != null && !notice.isBlank()) {
            out.append("\n(").append(notice).append(')');
        }
    }
}
