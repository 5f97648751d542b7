package org.storybot.eval;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.storybot.story.Text;

/**
 * The people an expected byline names, for judging a story's authors: "By Brenda Goodman, MA" names
 * Brenda Goodman; "by Lucas Nolan22 Dec 2016" Lucas Nolan; a byline that is the outlet's own name
 * ("BBC News") names nobody. Deliberately simpler than the reader's own byline rules, so that the
 * evaluation does not grade the reader by itself.
 */
final class Byline {

    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final Pattern END = Pattern.compile("[\\d,\\n]");
    private static final Pattern AND = Pattern.compile("(?i)\\s+(?:and|&)\\s+");

    private Byline() {
    }

    static List<String> personalNames(String byline, String siteName) {
        if (byline == null || byline.isBlank() || (siteName != null && Text.key(byline).equals(Text.key(siteName)))) {
            return List.of();
        }
        String text = BY.matcher(byline.strip()).replaceFirst("");
        var end = END.matcher(text);
        if (end.find()) {
            text = text.substring(0, end.start());
        }
        return Arrays.stream(AND.split(text)).map(String::strip).filter(s -> !Text.key(s).isEmpty()).toList();
    }

    /** Whether the stored {@code authors} hold {@code name} (case, punctuation and spacing aside). */
    static boolean holds(String authors, String name) {
        return authors != null && (" " + Text.key(authors) + " ").contains(" " + Text.key(name) + " ");
    }
}
