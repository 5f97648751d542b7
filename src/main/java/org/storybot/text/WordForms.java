package org.storybot.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms one word may take in a question and in a story: other endings ("Russians" for
 * "Russia"), a one-letter slip in a long name, a number as digits, a word, an ordinal or a Roman
 * numeral. Shared by the word index and the answer checks so both judge "is X mentioned" alike.
 */
public final class WordForms {

    /** The one table of numbers as words: the cardinals by value (zero to twenty), then the tens. */
    private static final List<String> CARDINALS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    private static final Map<String, String> TENS = Map.of("thirty", "30", "forty", "40", "fifty", "50", "sixty", "60",
            "seventy", "70", "eighty", "80", "ninety", "90");
    /** Words that count without a value of their own: magnitudes, a dozen, fractions. */
    private static final Set<String> COUNTING = Set.of("hundred", "hundreds", "thousand", "thousands", "million",
            "millions", "billion", "billions", "dozen", "dozens", "half", "third", "quarter");
    private static final Map<String, String> ORDINALS = Map.ofEntries(Map.entry("1", "first"), Map.entry("2", "second"),
            Map.entry("3", "third"), Map.entry("4", "fourth"), Map.entry("5", "fifth"), Map.entry("6", "sixth"),
            Map.entry("7", "seventh"), Map.entry("8", "eighth"), Map.entry("9", "ninth"), Map.entry("10", "tenth"),
            Map.entry("11", "eleventh"), Map.entry("12", "twelfth"), Map.entry("13", "thirteenth"),
            Map.entry("14", "fourteenth"), Map.entry("15", "fifteenth"), Map.entry("16", "sixteenth"),
            Map.entry("17", "seventeenth"), Map.entry("18", "eighteenth"), Map.entry("19", "nineteenth"),
            Map.entry("20", "twentieth"), Map.entry("21", "twenty-first"));
    private static final Map<String, String> ROMAN = Map.of("1", "i", "2", "ii", "3", "iii", "4", "iv", "5", "v",
            "6", "vi", "7", "vii", "8", "viii");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(st|nd|rd|th|s)?");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    /** Shortest word that is matched by its beginning and by a one-letter slip. */
    public static final int FUZZY_LENGTH = 5;

    private WordForms() {
    }

    /** Lower case, accents removed, curly apostrophes straightened. */
    public static String fold(String text) {
        // plain ASCII has no accents to take off: most words are, and the answer path folds every word it reads
        String s = text.chars().allMatch(c -> c < 0x80) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Whether a (folded) word is a number as written: digits with an optional ordinal or plural ending. */
    public static boolean isNumber(String word) {
        return NUMBER.matcher(word).matches();
    }

    /** Whether a word is an ordinal: "9th", "21st", "ninth", "Twenty-first". */
    public static boolean isOrdinal(String word) {
        String w = fold(word);
        return w.matches("\\d+(st|nd|rd|th)") || ORDINALS.containsValue(w);
    }

    /** The digits of a number word ("16th" gives "16"). */
    public static String digits(String word) {
        return NOT_DIGIT.matcher(word).replaceAll("");
    }

    /** The value of a number written as one word ("twelve" gives "12", "forty" "40"); null for other words. */
    public static String valueOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int cardinal = CARDINALS.indexOf(lower);
        return cardinal >= 0 ? Integer.toString(cardinal) : TENS.get(lower);
    }

    /**
     * Whether a word is a number written out, or begins as one: a cardinal, a ten, a magnitude, a
     * dozen or a fraction, alone or first in a hyphenated word ("twenty-five", "one-third").
     */
    public static boolean isNumberWord(String word) {
        String head = word.toLowerCase(Locale.ROOT).split("-", 2)[0];
        return CARDINALS.contains(head) || TENS.containsKey(head) || COUNTING.contains(head);
    }

    /** Other ways to write the number {@code digits}: as a word, an ordinal, a Roman numeral. */
    public static List<String> numberNames(String digits) {
        List<String> names = new ArrayList<>(3);
        boolean small = !digits.isEmpty() && digits.length() <= 2 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        String cardinal = small && Integer.parseInt(digits) < CARDINALS.size()
                ? CARDINALS.get(Integer.parseInt(digits)) : TENS.entrySet().stream()
                        .filter(e -> e.getValue().equals(digits)).map(Map.Entry::getKey).findFirst().orElse(null);
        if (cardinal != null) {
            names.add(cardinal);
        }
        for (Map<String, String> table : List.of(ORDINALS, ROMAN)) {
            String name = table.get(digits);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** The beginning a word must share with another form of it ("russ" for "russians"). */
    public static String stem(String word) {
        return word.substring(0, Math.max(4, word.length() - 3));
    }

    /** Whether two words differ by at most one inserted, deleted or changed letter. */
    public static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (shorter.length() == longer.length()) {
            return shorter.substring(i + Math.min(1, shorter.length() - i)).equals(longer.substring(i + Math.min(1, longer.length() - i)));
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
