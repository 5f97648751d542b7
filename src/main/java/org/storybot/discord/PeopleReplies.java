package org.storybot.discord;

import java.util.List;
import java.util.stream.Collectors;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;

/**
 * How /people looks on Discord: one line a person (name, role, mentions, paragraphs cited),
 * Markdown-safe, in pages of one message each when they do not all fit in one.
 */
final class PeopleReplies {

    private PeopleReplies() {
    }

    /** The reply's pages: the heading, then one line a person, as many as fit a page. */
    static List<String> pages(PeopleReply reply, String topic) {
        if (reply instanceof PeopleReply.Refused refused) {
            return List.of(DiscordMarkdown.escape(refused.message()));
        }
        PeopleReply.Listed listed = (PeopleReply.Listed) reply;
        boolean several = listed.stories().size() > 1;
        String heading = "**Who's who** in " + (several ? listed.stories().size() + " stories" : "the story")
                + (topic == null ? "" : " about “" + DiscordMarkdown.escape(topic) + "”") + " ("
                + listed.stories().stream().map(id -> "`" + id.replace("`", "'") + "`").collect(Collectors.joining(", ")) + ")";
        if (listed.people().isEmpty()) {
            return List.of(heading + ": nobody is named.");
        }
        return PageBook.pages(heading, listed.people().stream().map(p -> "• " + line(p, several)).toList());
    }

    /** "**Morag Lindqvist**, harbour master: 14 mentions, paragraphs 1, 2, 4". */
    private static String line(Person p, boolean withStory) {
        StringBuilder line = new StringBuilder("**").append(DiscordMarkdown.escape(p.name())).append("**");
        if (p.role() != null) {
            line.append(", ").append(DiscordMarkdown.escape(p.role()));
        }
        line.append(": ").append(p.mentions()).append(p.mentions() == 1 ? " mention, " : " mentions, ");
        line.append(p.paragraphs().entrySet().stream().map(e -> (withStory ? "`" + e.getKey().replace("`", "'") + "` " : "")
                + (e.getValue().size() == 1 ? "¶ " : "¶¶ ") + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
        return line.toString();
    }
}
