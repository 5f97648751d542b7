package org.storybot.answer;

import java.util.regex.Pattern;

/**
 * News datelines at the start of a lead: "WASHINGTON (CNN) -- ", "(CNN)", "LONDON, England
 * (Reuters) -- ". A quote leaves them out; what is left is still the paragraph's words.
 */
final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{L}.,' -]{0,60}?\\s*)?\\((?:\\p{Lu}[\\p{L}.]{1,12})\\)\\s*(?:--|—|–|-)?\\s*");

    private Datelines() {
    }

    /** {@code sentence} without a leading dateline, or as it is. */
    static String trim(String sentence) {
        String trimmed = DATELINE.matcher(sentence).replaceFirst("");
        return trimmed.length() < 10 ? sentence : trimmed;
    }
}
