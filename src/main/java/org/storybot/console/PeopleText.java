package org.storybot.console;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;

/** How who's who looks on a terminal (the console's /people and {@code storybot people}): one line a person, with where they are named. */
public final class PeopleText {

    private PeopleText() {
    }

    public static String of(PeopleReply reply) {
        if (reply instanceof PeopleReply.Refused refused) {
            return refused.message();
        }
        PeopleReply.Listed listed = (PeopleReply.Listed) reply;
        if (listed.people().isEmpty()) {
            return "The " + (listed.stories().size() == 1 ? "story names" : "stories name") + " nobody.";
        }
        StringBuilder out = new StringBuilder(heading(listed));
        for (Person p : listed.people()) {
            out.append("\n").append(line(p)).append(" (").append(places(p, listed.stories().size() > 1)).append(')');
        }
        return out.toString();
    }

    /** "People in 1 story (id):" or "People in 3 stories (a, b, c):". */
    public static String heading(PeopleReply.Listed listed) {
        int n = listed.stories().size();
        return "People in " + n + (n == 1 ? " story" : " stories") + " (" + String.join(", ", listed.stories()) + "):";
    }

    /** "Jeff Sessions, Attorney General: 12 mentions". */
    public static String line(Person p) {
        return p.name() + (p.role() == null ? "" : ", " + p.role()) + ": " + p.mentions() + (p.mentions() == 1 ? " mention" : " mentions");
    }

    /** "paragraphs 1, 2, 5", each story's own when several were read: "a paragraphs 1, 2; b paragraph 3". */
    public static String places(Person person, boolean withStory) {
        List<String> parts = new ArrayList<>();
        person.paragraphs().forEach((story, numbers) -> parts.add((withStory ? story + " " : "")
                + (numbers.size() == 1 ? "paragraph " : "paragraphs ") + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        return String.join("; ", parts);
    }
}
