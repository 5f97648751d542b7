package org.storybot.discord;

import java.util.List;
import java.util.stream.Collectors;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;

/**
 * How /people looks on Discord: one line a person (name, role, mentions, paragraphs cited),
 * Markdown-safe, in one message; when the people do not all fit, the last line says how many more
 * there are and where to see them all.
 */
final class PeopleReplies {

    /** Room kept out of Discord's 2,000 characters for the "and N more" line. */
    private static final int MESSAGE_BUDGET = MessageSplitter.DISCORD_LIMIT - 120;

    private PeopleReplies() {
    }

    static String format(PeopleReply reply, String topic) {
        if (reply instanceof PeopleReply.Refused refused) {
            return DiscordMarkdown.escape(refused.message());
        }
        PeopleReply.Listed listed = (PeopleReply.Listed) reply;
        boolean several = listed.stories().size() > 1;
        StringBuilder text = new StringBuilder("**Who's who** in ").append(several ? listed.stories().size() + " stories" : "the story")
                .append(topic == null ? "" : " about “" + DiscordMarkdown.escape(topic) + "”").append(" (")
                .append(listed.stories().stream().map(id -> "`" + id.replace("`", "'") + "`").collect(Collectors.joining(", ")))
                .append(')');
        if (listed.people().isEmpty()) {
            return text.append(": nobody is named.").toString();
        }
        List<Person> people = listed.people();
        for (int i = 0; i < people.size(); i++) {
            String line = "\n• " + line(people.get(i), several);
            if (text.length() + line.length() > MESSAGE_BUDGET) {
                return text.append("\n…and ").append(people.size() - i).append(" more (`storybot people --json` lists them all)").toString();
            }
            text.append(line);
        }
        return text.toString();
    }

    /** "**Jeff Sessions**, Attorney General: 14 mentions, paragraphs 1, 2, 4". */
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
