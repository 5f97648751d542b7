package org.storybot.discord;

import org.storybot.answer.Citation;
import org.storybot.quote.QuoteVerdict;
import org.storybot.quote.QuoteWording;

/** How /quote's verdict looks on Discord: the verdict, then each cited paragraph, Markdown-safe, in one message where it fits. */
final class QuoteReplies {

    /** Room kept for the verdict and headings out of Discord's 2,000 characters: the paragraphs shown get the rest. */
    private static final int MESSAGE_BUDGET = MessageSplitter.DISCORD_LIMIT - 100;
    /** The fewest characters of a paragraph shown, even when the verdict is long (the message is split then). */
    private static final int MIN_EXCERPT = 200;

    private QuoteReplies() {
    }

    static String format(QuoteVerdict verdict) {
        StringBuilder text = new StringBuilder(DiscordMarkdown.escapeKeepingMarkers(QuoteWording.of(verdict)));
        if (verdict.citations().isEmpty()) {
            return text.toString();
        }
        boolean nearest = verdict instanceof QuoteVerdict.NotFound;
        text.append("\n\n**").append(nearest ? "What the stories do say nearby" : "Source").append("**");
        int room = Math.max(MIN_EXCERPT, (MESSAGE_BUDGET - text.length()) / verdict.citations().size() - 80);
        for (Citation c : verdict.citations()) {
            String shown = nearest ? c.quote() : c.paragraphText();
            text.append("\n[").append(c.marker()).append("] *").append(DiscordMarkdown.escape(c.storyTitle())).append("*, ")
                    .append(c.place()).append(" (`").append(c.storyId().replace("`", "'")).append("`)\n> ")
                    .append(DiscordMarkdown.escape(cut(shown, room)).replace("\n", " "));
        }
        return text.toString();
    }

    private static String cut(String text, int room) {
        return text.length() <= room ? text : text.substring(0, room - 1).strip() + "…";
    }
}
