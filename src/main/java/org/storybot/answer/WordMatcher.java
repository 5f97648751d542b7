package org.storybot.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.text.WordForms;

/** Does a passage mention a word, in any of the forms {@link WordForms} allows? */
final class WordMatcher {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][\\p{N}]+)*");

    private final Set<String> tokens = new HashSet<>();

    WordMatcher(String text) {
        Matcher m = TOKEN.matcher(WordForms.fold(text));
        while (m.find()) {
            tokens.add(m.group());
        }
    }

    boolean mentions(String word) {
        Matcher parts = TOKEN.matcher(WordForms.fold(word));
        while (parts.find()) {
            if (!mentionsPart(parts.group())) {
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
