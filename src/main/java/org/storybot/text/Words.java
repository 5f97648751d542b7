package org.storybot.text;

import java.util.ArrayList;
import java.util.List;
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

    private Words() {
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
