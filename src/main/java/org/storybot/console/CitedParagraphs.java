package org.storybot.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storybot.answer.Citation;

/**
 * The paragraphs a terminal listing cites, numbered in the order first cited: the markers after each
 * line, then the "Sources:" list at the end (timelines and comparisons, whose lines cite several stories).
 */
final class CitedParagraphs {

    private final List<Citation> cited = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    /** " [1] [3]": the numbers of the paragraphs {@code citations} point at, each new one numbered next. */
    String markers(List<Citation> citations) {
        StringBuilder out = new StringBuilder();
        for (Citation c : citations) {
            String key = c.storyId() + "#" + c.paragraph();
            if (!keys.contains(key)) {
                keys.add(key);
                cited.add(c);
            }
            out.append(" [").append(keys.indexOf(key) + 1).append(']');
        }
        return out.toString();
    }

    boolean isEmpty() {
        return cited.isEmpty();
    }

    /** "\n\nSources:" and a line a paragraph: its number, story title, story id and place. */
    String list() {
        StringBuilder out = new StringBuilder("\n\nSources:");
        for (int i = 0; i < cited.size(); i++) {
            Citation c = cited.get(i);
            out.append(String.format(Locale.ROOT, "%n[%d] %s (%s), %s", i + 1, c.storyTitle(), c.storyId(), c.place()));
        }
        return out.toString();
    }
}
