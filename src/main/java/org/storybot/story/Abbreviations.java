package org.storybot.story;

import java.util.Set;

/**
 * The one definition of where news text does and does not end a sentence around abbreviations. A statistical
 * sentence model ends sentences at "Sen.", "5 p.m." or "Omar C."; these rules tell such false breaks from
 * genuine ends like "...entering the U.S. In January, he...". The splitter applies them, and an evaluation
 * counting bad sentence ends reuses them. Tokens are compared case-sensitively, as printed in news copy.
 *
 * <p>Abbreviations fall into classes:
 * <ul>
 * <li>titles ({@link #TITLES}: Sen., Gov., Dr., Mr., St. ...) and "vs.", "v." (Roe v. Wade), "e.g.", "i.e.":
 *     never end a sentence before a capitalised word;</li>
 * <li>single-letter initials and runs of them ("George W. Bush", "H.R. McMaster") not known as a place or body:
 *     never end a sentence before a capitalised word, unless that word is
 *     {@linkplain #isClosedClass closed-class};</li>
 * <li>months (Jan., Sept. ...): never end a sentence before a number or a capitalised word; "No." (listed
 *     with {@link #CAN_END}, because alone it is the word "no") only before a number;</li>
 * <li>{@link #CAN_END} (U.S., Inc., Jr., a.m., etc.): often end a sentence, so they continue only before a
 *     lower-case word, a digit or punctuation; "a.m."/"p.m." also before a weekday or time zone, and the
 *     dotted bodies and places (U.S., U.N., U.K., E.U., D.C.) before a capitalised word that is not closed-class.</li>
 * </ul>
 * Some breaks are false whatever precedes them: the next piece begins with a lower-case word (no news sentence
 * does; "pic.twitter.com/..." and other addresses excepted), with continuing punctuation (, ; : ) or a dash),
 * or holds no letter or digit at all (a lone closing quote or ellipsis); and a piece ending in a comma or
 * semicolon is not a sentence.
 */
public final class Abbreviations {

    /** Titles written before a name; kept to the forms common in US news copy. */
    static final Set<String> TITLES = Set.of("Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Lt.", "Gen.",
            "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Cmdr.", "Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "St.",
            "Rev.", "Prof.", "Sec.", "Atty.", "Supt.", "Gens.", "Drs.", "vs.", "v.", "e.g.", "i.e.");

    /** Month abbreviations (AP style, plus the common Mar./Jun./Jul./Sep.); May, June and July have none. */
    static final Set<String> MONTHS = Set.of("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
            "Sept.", "Oct.", "Nov.", "Dec.");

    /** Abbreviations that end a sentence as often as not. */
    static final Set<String> CAN_END = Set.of("U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "Inc.", "Corp.", "Co.",
            "Ltd.", "Jr.", "Sr.", "a.m.", "p.m.", "etc.", "No.");

    /** Dotted bodies and places that stand before a noun as a modifier: "U.S. Attorney", "U.N. Security Council". */
    private static final Set<String> MODIFIERS = Set.of("U.S.", "U.N.", "U.K.", "E.U.", "D.C.");

    private static final Set<String> CLOCK = Set.of("a.m.", "p.m.");

    /** What follows a clock time in the same sentence: "5 p.m. Monday", "10:30 p.m. ET". */
    private static final Set<String> AFTER_CLOCK = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
            "GMT", "UTC", "BST", "CET", "local");

    /**
     * Capitalised closed-class words, the part-of-speech classes that take no new members: determiners,
     * pronouns, prepositions, conjunctions and auxiliaries. After "U.S." or an initial they start a new
     * sentence ("...to the U.S. In January"), where a capitalised open-class word (a noun, a name) continues
     * it ("U.S. Attorney"). "May" is left out: it is also a month.
     */
    private static final Set<String> CLOSED_CLASS = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "Some", "Any", "Each", "Every", "All", "Both",
            "No", "Such", "I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Our", "Their", "My",
            "Your", "There", "Who", "What", "Which", "In", "On", "At", "After", "Before", "For", "From", "By",
            "With", "Without", "During", "Since", "Until", "Under", "Over", "Of", "To", "Into", "About", "Among",
            "Despite", "Through", "Against", "Between", "And", "But", "Or", "So", "Yet", "Nor", "If", "When",
            "While", "As", "Because", "Although", "Though", "Where", "Whether", "Once", "Unless", "Is", "Was",
            "Are", "Were", "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should",
            "Might", "Must");

    private Abbreviations() {
    }

    /** Whether {@code word} is a title written before a name ("Sen.", "Dr."). */
    public static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    /** Whether the sentence's last token is one of the listed abbreviations or an initial: "...install Sen.". */
    public static boolean endsInAbbreviation(String sentence) {
        String token = lastToken(sentence);
        return TITLES.contains(token) || MONTHS.contains(token) || CAN_END.contains(token) || isInitials(token);
    }

    /** Whether the sentence ends in an abbreviation that may also end a sentence ({@link #CAN_END}). */
    public static boolean canEndSentence(String sentence) {
        return CAN_END.contains(lastToken(sentence));
    }

    /** Whether the word is a capitalised closed-class word (see {@link #CLOSED_CLASS}). */
    public static boolean isClosedClass(String word) {
        return CLOSED_CLASS.contains(word);
    }

    /** Whether a sentence break between {@code before} and {@code after} is false: both belong to one sentence. */
    public static boolean continues(String before, String after) {
        String next = after.strip();
        String prev = before.strip();
        if (next.isEmpty() || prev.isEmpty()) {
            return false;
        }
        if (next.codePoints().noneMatch(Character::isLetterOrDigit) || startsWithLowerCaseWord(next)
                || startsWithContinuingPunctuation(next) || prev.endsWith(",") || prev.endsWith(";")) {
            return true;
        }
        String token = lastToken(prev);
        char first = next.charAt(0);
        boolean digit = Character.isDigit(first);
        boolean capital = Character.isUpperCase(first);
        if (TITLES.contains(token)) {
            return capital;
        }
        if (MONTHS.contains(token)) {
            return capital || digit;
        }
        if (token.equals("No.")) {
            return digit;
        }
        if (CAN_END.contains(token)) {
            return digit
                    || CLOCK.contains(token) && AFTER_CLOCK.contains(firstWord(next))
                    || MODIFIERS.contains(token) && capital && !startsWithClosedClass(next);
        }
        return isInitials(token) && capital && !startsWithClosedClass(next);
    }

    /**
     * Whether {@code after} clearly starts a new sentence although the model ran it on from {@code before}:
     * {@code before} ends in an abbreviation that can end a sentence and {@code after} starts, maybe after an
     * opening quote, with a capitalised closed-class word ("...to the U.S. In January").
     */
    public static boolean startsNewSentence(String before, String after) {
        return canEndSentence(before) && startsWithClosedClass(stripOpening(after.strip()));
    }

    /** A single capital letter with its period, or a run of them ("W.", "H.R."), that is not a known body or place. */
    static boolean isInitials(String token) {
        return token.matches("(\\p{Lu}\\.){1,3}") && !CAN_END.contains(token);
    }

    /** The last whitespace-separated token, without opening quotes or brackets and without a prefix like "Ex-". */
    static String lastToken(String text) {
        String stripped = text.strip();
        String token = stripOpening(stripped.substring(lastSpace(stripped) + 1));
        int hyphen = token.lastIndexOf('-');
        return hyphen >= 0 && hyphen < token.length() - 1 ? token.substring(hyphen + 1) : token;
    }

    private static int lastSpace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripOpening(String text) {
        int i = 0;
        while (i < text.length() && "\"“‘'([{".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i);
    }

    private static String letters(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }

    /** The leading letters of the text; empty when they are an abbreviation or initial themselves ("Sen."). */
    private static String firstWord(String text) {
        String word = letters(text);
        return text.startsWith(".", word.length()) ? "" : word;
    }

    private static boolean startsWithClosedClass(String text) {
        return isClosedClass(firstWord(text));
    }

    /** A lower-case word such as "said" or "he"; not an address such as "pic.twitter.com/x", nor "iPhone". */
    private static boolean startsWithLowerCaseWord(String text) {
        String word = letters(text);
        if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        String rest = text.substring(word.length());
        return !rest.matches("(?s)([/@]|\\.\\p{L}).*");
    }

    private static boolean startsWithContinuingPunctuation(String text) {
        return ",;:)]}%—–-".indexOf(text.charAt(0)) >= 0;
    }
}
