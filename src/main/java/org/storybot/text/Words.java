package org.storybot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text as a reader sees them: letters and digits, with inner apostrophes, points
 * and hyphens kept ("U.S.", "O'Brien", "well-known", "3.5"), curly apostrophes made straight and
 * a possessive "'s" dropped. The one definition of a word that names and mentions are read with.
 */
public final class Words {

    /** A word: starts and ends with a letter or digit. */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    /** What lies between runs of letters and digits. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    /** The runs of letters and digits of {@code text}, as written, in order: the plainest reading, with no punctuation kept inside a word. */
    public static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        for (String run : NOT_WORD.split(text)) {
            if (!run.isEmpty()) {
                runs.add(run);
            }
        }
        return runs;
    }

    /** A comparison key that ignores case, punctuation and spacing: the runs, lower case, one space apart. */
    public static String key(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A matched word as it is compared: straight apostrophe, no possessive ending. */
    public static String bare(String word) {
        return word.replace('’', '\'').replaceAll("'s$", "");
    }

    /** Every word of {@code text}, bare, in order. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(bare(m.group()));
        }
        return words;
    }
}
