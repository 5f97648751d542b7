package org.storybot.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storybot.text.PlainWords;
import org.storybot.text.StoryAnalyzer;
import org.storybot.text.WordForms;

/**
 * The amounts a sentence gives, by what they count: "a 7-2 vote" is 7 and 2 of "vote", "six
 * senators" 6 of "senators" (numbers in digits or words, "one" left out as "no one" and "one of them"
 * use it). Two sentences differ on an amount when they count one thing with no value in common.
 */
final class Amounts {

    private Amounts() {
    }

    /** Each counted word with the values the text gives it. */
    static Map<String, Set<String>> of(String text) {
        List<String> words = PlainWords.of(text);
        Map<String, Set<String>> amounts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String value = value(words.get(i));
            if (value == null) {
                continue;
            }
            for (int j = i + 1; j < words.size(); j++) {
                String next = words.get(j);
                if (value(next) != null || next.equals("to") || next.equals("of")) {
                    continue; // "7-2", "six to three", "five of nine": the same count goes on
                }
                if (!StoryAnalyzer.isStopWord(next)) {
                    amounts.computeIfAbsent(next, k -> new HashSet<>()).add(value);
                }
                break;
            }
        }
        return amounts;
    }

    /** The word both count with no value in common, or null when they agree or count different things. */
    static String differ(String a, String b) {
        Map<String, Set<String>> first = of(a);
        Map<String, Set<String>> second = of(b);
        for (Map.Entry<String, Set<String>> e : first.entrySet()) {
            Set<String> other = second.get(e.getKey());
            if (other != null && e.getValue().stream().noneMatch(other::contains)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String value(String word) {
        if (word.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.') && Character.isDigit(word.charAt(0))) {
            return word.replace(",", "");
        }
        String value = WordForms.valueOf(word);
        return value == null || value.equals("1") ? null : value;
    }
}
