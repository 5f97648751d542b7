package org.storybot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.storybot.text.Words;

/**
 * Signs that a sentence which looks like an answer says something else than the question asks:
 * the question negates and the sentence does not ("What wasn't the goal?" against "The goal was
 * ..."), or the question uses a word whose opposite the sentence uses instead ("last" for "first",
 * "less" for "more"). And the names and numbers a question relies on, which the stories must
 * mention for it to be answerable at all.
 */
public final class Contrasts {

    /**
     * The one list of words that turn what a text says around, with "n't" ("without" only
     * qualifies: "eight years without executions").
     */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "none", "nobody", "nothing", "nor", "neither",
            "cannot");
    private static final Map<String, Set<String>> OPPOSITES = new HashMap<>();

    static {
        String[][] pairs = {
            {"first", "last"}, {"most", "least"}, {"more", "less"}, {"before", "after"}, {"earliest", "latest"},
            {"largest", "smallest"}, {"highest", "lowest"}, {"maximum", "minimum"}, {"increase", "decrease"},
            {"increased", "decreased"}, {"early", "late"}, {"north", "south"}, {"east", "west"},
            {"northern", "southern"}, {"eastern", "western"}, {"oldest", "newest"}, {"older", "younger"},
            {"larger", "smaller"}, {"higher", "lower"}, {"best", "worst"}, {"better", "worse"}, {"win", "lose"},
            {"won", "lost"}, {"victory", "defeat"}, {"success", "failure"}, {"major", "minor"}, {"above", "below"},
            {"inside", "outside"}, {"legal", "illegal"}, {"formal", "informal"}, {"direct", "indirect"},
            {"possible", "impossible"}, {"rich", "poor"}, {"strong", "weak"}, {"private", "public"},
            {"internal", "external"}, {"upper", "lower"}, {"began", "ended"}, {"accepted", "rejected"},
            {"supported", "opposed"}, {"always", "never"}, {"import", "export"}, {"imports", "exports"},
            {"buy", "sell"}, {"bought", "sold"}, {"entered", "left"}, {"rise", "fall"}, {"rose", "fell"}
        };
        for (String[] pair : pairs) {
            OPPOSITES.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
            OPPOSITES.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
        }
    }

    private Contrasts() {
    }

    static boolean negationMismatch(String question, String sentence) {
        return negates(question) && !negates(sentence);
    }

    /** Whether {@code word} negates: "not", "never", "no one", "didn't". */
    static boolean isNegation(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return NEGATIONS.contains(w) || w.endsWith("n't");
    }

    /** Whether any word of {@code text} negates. */
    public static boolean negates(String text) {
        Matcher m = Words.WORD.matcher(text);
        while (m.find()) {
            if (isNegation(m.group())) {
                return true;
            }
        }
        return false;
    }

    public static boolean oppositeMismatch(String question, String sentence) {
        Set<String> sentenceWords = lowerWords(sentence);
        for (String w : lowerWords(question)) {
            Set<String> opposites = OPPOSITES.get(w);
            if (opposites != null && !sentenceWords.contains(w) && opposites.stream().anyMatch(sentenceWords::contains)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_NUMBER_DIGITS = 9;
    /** Words written with a capital for emphasis or by habit, never names. */
    private static final Set<String> COMMON = Set.of("who", "whom", "whose", "what", "which", "when", "where", "why",
            "how", "the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "do", "does", "did", "in", "on", "of",
            "to", "for", "i", "you", "he", "she", "it", "we", "they", "this", "that", "please", "tell", "me");
    private static final List<String> NEGATING_PREFIXES = List.of("non-", "non", "un", "in", "im", "il", "ir", "dis");
    private static final Set<String> MAGNITUDES = Set.of("hundred", "thousand", "million", "billion", "trillion", "dozen");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\d\\b|\\b\\d\\b");

    /** "unimportant" in the question where the sentence says "important", or the other way round. */
    static boolean prefixNegationMismatch(String question, String sentence) {
        Set<String> q = lowerWords(question);
        Set<String> s = lowerWords(sentence);
        return negatesBase(q, s) || negatesBase(s, q);
    }

    private static boolean negatesBase(Set<String> negating, Set<String> plain) {
        for (String w : negating) {
            for (String prefix : NEGATING_PREFIXES) {
                if (w.startsWith(prefix) && w.length() - prefix.length() >= 4 && plain.contains(w.substring(prefix.length()))
                        && !plain.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The question's numbers ("three thousand", "1805") where the sentence gives only other ones. */
    static boolean numberMismatch(String question, String sentence) {
        Set<String> qMagnitudes = new HashSet<>(lowerWords(question));
        qMagnitudes.retainAll(MAGNITUDES);
        Set<String> sMagnitudes = new HashSet<>(lowerWords(sentence));
        sMagnitudes.retainAll(MAGNITUDES);
        if (!qMagnitudes.isEmpty() && !sMagnitudes.isEmpty() && Collections.disjoint(qMagnitudes, sMagnitudes)) {
            return true;
        }
        Set<String> qNumbers = numbers(question);
        Set<String> sNumbers = numbers(sentence);
        return !qNumbers.isEmpty() && !sNumbers.isEmpty() && Collections.disjoint(qNumbers, sNumbers);
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group().replace(",", ""));
        }
        return numbers;
    }

    /**
     * The names and numbers of a question: words with a digit, and capitalised words that do not
     * start a sentence (short all-capital abbreviations left out, as stories often spell them out).
     */
    static List<String> keyWords(String question) {
        List<String> keys = new ArrayList<>();
        Matcher m = Words.WORD.matcher(question);
        int previousEnd = 0;
        while (m.find()) {
            String w = Words.bare(m.group());
            boolean startsSentence = question.substring(previousEnd, m.start()).matches("(?s).*[.?!:;]\\W*") || previousEnd == 0;
            previousEnd = m.end();
            boolean hasDigit = w.chars().anyMatch(Character::isDigit);
            if (hasDigit) {
                if (w.chars().filter(Character::isDigit).count() <= MAX_NUMBER_DIGITS) {
                    keys.add(w); // longer digit strings are ids (a chat mention), not facts
                }
                continue;
            }
            boolean capitalised = Character.isUpperCase(w.codePointAt(0)) && !startsSentence
                    && !COMMON.contains(w.toLowerCase(Locale.ROOT))
                    && !(w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT)));
            if (capitalised) {
                keys.add(w);
            }
        }
        return keys;
    }

    private static Set<String> lowerWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = Words.WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group().replace('’', '\''));
        }
        return words;
    }
}
