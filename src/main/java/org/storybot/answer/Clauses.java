package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storybot.story.Text;
import org.storybot.text.SpeechVerbs;

/**
 * A sentence shortened to the clause that carries its fact, by deleting words only (the story's
 * own words stay, in order): first the asides (parentheses, dashes, "who ..." and age asides
 * between commas), then the attribution ("..., police said." and "According to X, ..."), then
 * what follows the main clause (", while ...", ", after ..."). Each step keeps what the one
 * before removed out; a step that would leave fewer than {@value #MIN_WORDS} words is not taken.
 * An attribution that leads into the claim ("Officials said that ...", "Trump is said to ...")
 * stays: cutting it leaves a fragment or states a claim as a fact.
 */
final class Clauses {

    static final int MIN_WORDS = 6;
    /** Longest attribution or aside removed, in words: longer ones carry facts of their own. */
    private static final int MAX_REMOVED = 12;

    private static final String SPEECH = SpeechVerbs.ATTRIBUTION.stream().filter(w -> !w.equals("according"))
            .sorted().collect(Collectors.joining("|"));
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]{1,120}\\)");
    private static final Pattern DASHES = Pattern.compile("\\s+(?:--|\u2014|\u2013)\\s+[^-\u2014\u2013]{1,120}?\\s+(?:--|\u2014|\u2013)(?=\\s)");
    private static final Pattern ASIDE = Pattern.compile(",\\s+(?:who|whose|which|\\d{1,3})\\b[^,;]{0,100},");
    /** After the verb of a trailing attribution, only whom it was said to and when or where: "told CNN on Monday". */
    private static final String SAID_TO = "(?:\\s+(?:[A-Z][\\w.'\u2019-]*)(?:\\s+[A-Z][\\w.'\u2019-]*){0,3})?"
            + "(?:\\s+(?:on|in|at|during|last|this|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "\\b[^,;]{0,40})?";
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            ",\\s+(?!(?:and|but|while|as|because|although|though)\\b)(?:[^,;]{0,60}\\b(?i:" + SPEECH + ")" + SAID_TO
                    + "|(?i:according to) [^,;]{1,60})(?=[.!?]?[\"'\u201d]?$)");
    private static final Pattern LEADING_ACCORDING = Pattern.compile("^According to [^,;]{1,80},\\s+");
    private static final Pattern FOLLOWING = Pattern.compile(
            ",\\s+(?:while|after|before|as|because|although|though|but|and|which|where|when|since|despite|including)\\b.*$");

    private Clauses() {
    }

    /** Shorter versions of {@code sentence}, longest first; none when it cannot be shortened. */
    static List<String> shorter(String sentence) {
        List<String> versions = new ArrayList<>();
        String current = sentence.strip();
        current = step(current, removeAll(current, PARENTHESES), versions);
        current = step(current, removeAll(current, DASHES), versions);
        current = step(current, removeAll(current, ASIDE, " "), versions);
        current = step(current, endAt(current, TRAILING_ATTRIBUTION), versions);
        current = step(current, capitalised(LEADING_ACCORDING.matcher(current).replaceFirst("")), versions);
        step(current, endAt(current, FOLLOWING), versions);
        return versions;
    }

    private static String step(String current, String next, List<String> versions) {
        String tidy = next.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:!?])", "$1").strip();
        int removed = Text.wordCount(current) - Text.wordCount(tidy);
        if (tidy.equals(current) || removed > MAX_REMOVED && removed * 2 > Text.wordCount(current)
                || Text.wordCount(tidy) < MIN_WORDS) {
            return current;
        }
        versions.add(tidy);
        return tidy;
    }

    private static String removeAll(String text, Pattern pattern) {
        return removeAll(text, pattern, "");
    }

    private static String removeAll(String text, Pattern pattern, String replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean small = Text.wordCount(m.group()) <= MAX_REMOVED;
            m.appendReplacement(out, Matcher.quoteReplacement(small ? replacement : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text up to where {@code tail} begins, ended as a sentence; unchanged when the tail is too long to be an aside. */
    private static String endAt(String text, Pattern tail) {
        Matcher m = tail.matcher(text);
        if (!m.find() || m.start() == 0) {
            return text;
        }
        return closed(text.substring(0, m.start()), text);
    }

    /** {@code head} with the end mark of {@code whole} (a full stop if it has none), an unclosed quotation closed. */
    private static String closed(String head, String whole) {
        String trimmed = head.strip().replaceAll("[,;:]$", "");
        String end = whole.strip().endsWith("?") ? "?" : whole.strip().endsWith("!") ? "!" : ".";
        long open = trimmed.chars().filter(c -> c == '\u201c').count() - trimmed.chars().filter(c -> c == '\u201d').count();
        long straight = trimmed.chars().filter(c -> c == '"').count();
        return trimmed + end + (open > 0 ? "\u201d" : straight % 2 == 1 ? "\"" : "");
    }

    private static String capitalised(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
