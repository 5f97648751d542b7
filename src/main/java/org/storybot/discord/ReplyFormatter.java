package org.storybot.discord;

import java.util.List;
import java.util.Locale;
import org.storybot.answer.Citation;
import org.storybot.answer.Summary;
import org.storybot.chat.Reply;
import org.storybot.chat.SummaryReply;
import org.storybot.ingest.IngestResult;
import org.storybot.store.StoryInfo;

/**
 * How storybot's replies look on Discord, as Markdown text split into messages. Story text and
 * anything a person typed is escaped; citation markers [1], [2] stay; a sources block lists each
 * cited story, paragraph and a short quote. No Discord library types here, so it tests plainly.
 */
final class ReplyFormatter {

    static final String HELP = String.join("\n",
            "**storybot** answers questions about the news stories in its library and cites the paragraphs it used.",
            "`/ask question:…` ask a question; add `story:` to ask about one story",
            "`/summary` summarise a story (`length:` short, medium or long), or every story about a `topic:`",
            "`/quote text:…` is a quotation in the stories, and who said it? (add `speaker:` to check who)",
            "`/people` who's who in a story (`story:`) or the stories about a topic (`topic:`), with their roles",
            "`/timeline` the dated events of a story (`story:`) or of every story about a topic (`topic:`), in order",
            "`/compare` how several outlets covered the same events: of a story (`story:`), a `topic:`, or the whole library",
            "`/sources` the full passages behind the last answer here",
            "`/stories` the stories in the library, with their ids",
            "Or mention me with a question; to follow up, reply to my answer or ask again in the same thread. "
                    + "In a direct message just write.",
            "Members who can manage the server add stories with `/ingest file:` (a .txt, .md, .json or .html file) "
                    + "or `/ingest url:` (a link to a news article), and follow news feeds with `/follow url:`; "
                    + "`/feeds` lists those followed.");
    static final String FAILED = "Sorry, something went wrong while answering. It has been logged; please try again later.";
    static final String BUSY = "I am answering many questions right now; please try again in a minute.";
    static final String EMPTY_MENTION = "Ask me a question about the stories, for example: "
            + "“Who turned down the resignation?” (`/help` lists what I can do.)";
    static final String INGEST_REFUSED = "Sorry, only members who can manage this server can add stories. "
            + "Ask a moderator to add it for you.";

    /** An answer, abstention or rejection, with the answer's buttons when there is a stored answer to act on. */
    Post reply(Reply reply) {
        if (reply instanceof Reply.Answered a) {
            StringBuilder text = new StringBuilder(DiscordMarkdown.escapeKeepingMarkers(a.text()));
            sourcesBlock(text, "Sources", a.citations(), a.text());
            notice(text, a.notice());
            return Post.withButtons(text.toString(), a.answerId());
        }
        if (reply instanceof Reply.Abstained a) {
            StringBuilder text = new StringBuilder(DiscordMarkdown.escape(a.reason()));
            if (!a.nearest().isEmpty()) {
                sourcesBlock(text, "What the stories do say nearby", a.nearest(), "");
            }
            notice(text, a.notice());
            return Post.withButtons(text.toString(), a.answerId());
        }
        return Post.of(DiscordMarkdown.escape(reply.text()));
    }

    Post summary(SummaryReply reply) {
        if (reply instanceof SummaryReply.Summarized s) {
            Summary summary = s.summary();
            StringBuilder text = new StringBuilder();
            text.append("**").append(DiscordMarkdown.escape((summary.topic() != null ? "Topic: " : "") + summary.storyTitle()))
                    .append("**\n")
                    .append(String.format(Locale.ROOT, "*%s summary, %d words*\n\n", summary.length().label(), summary.words()))
                    .append(DiscordMarkdown.escapeKeepingMarkers(summary.text()));
            sourcesBlock(text, "Sources", summary.citations(), summary.text());
            notice(text, summary.notice());
            return Post.of(text.toString());
        }
        return Post.of(DiscordMarkdown.escape(((SummaryReply.Refused) reply).message()));
    }

    /** The whole cited paragraphs, for "Show sources" and /sources. */
    Post sources(List<Citation> citations, String whenNone) {
        if (citations.isEmpty()) {
            return Post.of(whenNone);
        }
        StringBuilder text = new StringBuilder();
        for (Citation c : citations) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(String.format(Locale.ROOT, "**[%d] %s, %s**", c.marker(),
                    DiscordMarkdown.escape(c.storyTitle()), c.place()));
            for (String line : c.paragraphText().strip().split("\n")) {
                text.append("\n> ").append(DiscordMarkdown.escape(line));
            }
        }
        return Post.of(text.toString());
    }

    Post stories(List<StoryInfo> stories) {
        if (stories.isEmpty()) {
            return Post.of("The library is empty.");
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "**%d %s in the library**", stories.size(),
                stories.size() == 1 ? "story" : "stories"));
        for (StoryInfo s : stories) {
            text.append('\n').append(code(s.id())).append(" · ").append(DiscordMarkdown.escape(s.title())).append(" (");
            for (String detail : new String[] {s.source(), s.date()}) { // the outlet and the date, where known
                if (detail != null && !detail.isBlank()) {
                    text.append(DiscordMarkdown.escape(detail)).append(", ");
                }
            }
            text.append(s.paragraphs()).append(s.paragraphs() == 1 ? " paragraph)" : " paragraphs)");
        }
        return Post.of(text.toString());
    }

    Post ingested(String fileName, List<IngestResult> results) {
        StringBuilder text = new StringBuilder();
        for (IngestResult r : results) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            if (r.failed()) {
                text.append("Could not add ").append(DiscordMarkdown.escape(fileName)).append(": ")
                        .append(DiscordMarkdown.escape(r.error()));
                continue;
            }
            String done = switch (r.outcome()) {
                case ADDED -> "Added";
                case REPLACED -> "Replaced";
                default -> "Already in the library, unchanged:";
            };
            text.append(done).append(" **").append(DiscordMarkdown.escape(r.title())).append("** as ")
                    .append(code(r.storyId())).append(String.format(Locale.ROOT, " (%d paragraphs).", r.paragraphs()));
        }
        return Post.of(text.isEmpty() ? "The file held no story." : text.toString());
    }

    String tooFast(long seconds, boolean wholeServer) {
        return (wholeServer ? "This server is asking a lot right now" : "You are asking quickly")
                + String.format(Locale.ROOT, ": please try again in %d s.", seconds);
    }

    String tooLong(int length, int max) {
        return String.format(Locale.ROOT, "Questions can be at most %,d characters; this one has %,d. "
                + "Please ask something shorter.", max, length);
    }

    String unknownStory(String storyId) {
        return "No story has the id " + code(storyId) + ". `/stories` lists them.";
    }

    String notThisChannel(List<String> channelIds) {
        StringBuilder text = new StringBuilder("I answer in ");
        for (int i = 0; i < channelIds.size(); i++) {
            text.append(i == 0 ? "" : ", ").append("<#").append(channelIds.get(i)).append('>');
        }
        return text.append(" on this server.").toString();
    }

    String wrongFile(String fileName) {
        return "Please attach a story as a .txt, .md, .json, .html or .htm file; " + DiscordMarkdown.escape(fileName)
                + " is none of them.";
    }

    String notALink(String text) {
        return "Please give a link that starts with http:// or https://; " + DiscordMarkdown.escape(Quotes.clip(text, 100))
                + " is not one.";
    }

    String fileTooBig(String fileName, long maxBytes) {
        return String.format(Locale.ROOT, "%s is larger than the %d MB a story may have.", DiscordMarkdown.escape(fileName),
                maxBytes / (1024 * 1024));
    }

    String voted(int vote) {
        return vote > 0 ? "Thanks: your 👍 is recorded." : "Thanks: your 👎 is recorded; it helps to improve the answers.";
    }

    String noSuchAnswer() {
        return "That answer is no longer on record.";
    }

    /** Each citation's story and paragraph, and its quote where {@code shown} (the text above) does not already hold it. */
    private static void sourcesBlock(StringBuilder text, String heading, List<Citation> citations, String shown) {
        text.append("\n\n**").append(heading).append("**");
        for (Citation c : citations) {
            text.append(String.format(Locale.ROOT, "\n**[%d]** %s, %s", c.marker(),
                    DiscordMarkdown.escape(c.storyTitle()), c.place()));
            if (!shown.contains(c.quote())) {
                text.append("\n> “").append(DiscordMarkdown.escape(Quotes.clip(c.quote(), Quotes.MAX_QUOTE))).append('”');
            }
        }
    }

    private static void notice(StringBuilder text, String notice) {
        if (notice != null && !notice.isBlank()) {
            text.append("\n\n*").append(DiscordMarkdown.escape(notice.strip())).append('*');
        }
    }

    /** An id as inline code, so it copies cleanly; escaped text if it holds a backtick itself. */
    private static String code(String id) {
        return id.contains("`") || id.contains("\n") ? DiscordMarkdown.escape(id) : "`" + id + "`";
    }
}
