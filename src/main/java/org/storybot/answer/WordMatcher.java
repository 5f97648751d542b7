package org.storybot.answer;

import java.util.HashSet;
import java.util.Set;
import org.storybot.text.PlainWords;
import org.storybot.text.WordForms;

/** Does a passage mention a word, in any of the forms {@link WordForms} allows? */
final class WordMatcher {

    private final Set<String> tokens;

    WordMatcher(String text) {
        tokens = new HashSet<>(PlainWords.of(text));
    }

    /** Whether every part of {@code word} (words as {@link PlainWords} reads them) is mentioned. */
    boolean mentions(String word) {
        for (String part : PlainWords.of(word)) {
            if (!mentionsPart(part)) {
                return false;
            }
        }
        return true;
    }

    private boolean mentionsPart(String part) {
        if (tokens.contains(part)) {
            return true;
        }
        if (WordForms.isNumber(part)) {
            String digits = WordForms.digits(part);
            return tokens.stream().anyMatch(t -> t.equals(digits) || (t.startsWith(digits) && t.length() > digits.length()
                    && !Character.isDigit(t.charAt(digits.length())))) || WordForms.numberNames(digits).stream().anyMatch(tokens::contains);
        }
        if (part.length() < WordForms.FUZZY_LENGTH) {
            return false;
        }
        String stem = WordForms.stem(part);
        return tokens.stream().anyMatch(t -> t.startsWith(stem) || WordForms.oneEditApart(t, part));
    }
}
