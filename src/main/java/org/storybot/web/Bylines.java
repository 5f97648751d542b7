package org.storybot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storybot.story.Authors;
import org.storybot.story.Text;

/**
 * The people's names in a byline as pages give it: "By Jane Doe and John Roe - Apr 16, 2015 8:02
 * pm" holds Jane Doe and John Roe; "By Brenda Goodman, MA" holds Brenda Goodman. A byline that is
 * the outlet's own name ("BBC News" on bbc.com), a link or a user handle names nobody.
 */
final class Bylines {

    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:written|words|story|text|reporting|posted)\\s+)?by\\s*:?\\s+");
    /** Where the names end: a digit (a date, a time), or a separator before the date or the section. */
    private static final Pattern END = Pattern.compile("\\d|\\s[-–—|·•]\\s|\\s*[|•·]\\s*");
    /** A professional or academic title after a comma: "MA", "MD", "PhD", "R.N.". */
    private static final Pattern CREDENTIAL = Pattern.compile("^(?:[A-Z]{2,4}|Ph\\.?\\s?D\\.?|(?:[A-Z]\\.){2,3})(?:\\s|$)");
    private static final int MAX_WORDS = 5;
    private static final int MAX_CHARS = 60;

    private Bylines() {
    }

    /** The names in {@code byline}, leaving out the outlet's own name {@code siteName} (may be null). */
    static List<String> names(String byline, String siteName) {
        if (byline == null || byline.isBlank() || looksLikeLink(byline)) {
            return List.of();
        }
        String text = Text.normalize(byline.strip().lines().findFirst().orElse(""));
        text = LEAD.matcher(text).replaceFirst("");
        var end = END.matcher(text);
        if (end.find()) {
            text = text.substring(0, end.start());
        }
        List<String> names = new ArrayList<>();
        List<String> parts = Authors.split(text);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).replaceAll("[\\s.,;:]+$", "").strip();
            if (i > 0 && CREDENTIAL.matcher(part).find()) {
                continue; // "Brenda Goodman, MA": a title, not a second author
            }
            String name = shouted(part) ? titleCase(part) : part;
            if (isName(name) && (siteName == null || !Text.key(name).equals(Text.key(siteName)))) {
                names.add(name);
            }
        }
        return names.stream().distinct().toList();
    }

    private static boolean looksLikeLink(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http:") || t.startsWith("https:") || t.startsWith("//") || t.startsWith("www.") || t.startsWith("@");
    }

    private static boolean isName(String name) {
        int words = Text.wordCount(name);
        return words >= 1 && words <= MAX_WORDS && name.length() <= MAX_CHARS && name.chars().anyMatch(Character::isUpperCase)
                && Character.isLetter(name.codePointAt(0));
    }

    /** "NATALIYA VASILYEVA": a name in capitals, as some bylines print it. */
    private static boolean shouted(String s) {
        return s.length() > 3 && s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }
}
