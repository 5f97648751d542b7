package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.Spans.Span;
import org.storybot.text.WordForms;

/**
 * The dates, times and numbers of a sentence, as phrases that may answer "when" and "how many":
 * "on August 6", "May 28, 2014", "2 a.m.", "last month", "the 10th and 11th centuries", "in 911";
 * "55 people", "almost two-thirds", "£20 million", "52-year-old".
 */
final class Quantities {

    static final Pattern MONTH = Pattern.compile("(?i)january|february|march|april|may|june|july|august|september|"
            + "october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?");
    static final Pattern WEEKDAY = Pattern.compile("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    private static final Pattern DAY = Pattern.compile(WEEKDAY.pattern() + "|today|yesterday|tomorrow|tonight");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\d{1,2}(:\\d{2})?|a\\.?m\\.?|p\\.?m\\.?|noon|midnight|o'clock");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d{2}s?");
    private static final Pattern RELATIVE = Pattern.compile("(?i)week|weeks|month|months|year|years|decade|century|day|days|"
            + "morning|afternoon|evening|night|weekend|season|spring|summer|autumn|fall|winter");
    private static final Set<String> APPROXIMATE = Set.of("about", "nearly", "almost", "over", "more", "less", "than", "some",
            "around", "roughly", "only", "just");
    private Quantities() {
    }

    /** Dates and times: a month with its day and year, a weekday, a year, a clock time, "last month", "two days ago". */
    static List<Span> times(Reading r) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < r.size()) {
            if (!timeAnchor(r, i)) {
                i++;
                continue;
            }
            int from = i;
            int to = i;
            while (from > 0 && (timePart(r, from - 1) || r.token(from - 1).text().matches("(?i)last|this|next|early|late|mid")
                    || from > 1 && r.token(from - 1).text().matches("and|or|-|–|to") && timePart(r, from - 2))) {
                from--; // "the 10th and 11th centuries", "1914-1918"
            }
            while (to + 1 < r.size() && (timePart(r, to + 1) || r.token(to + 1).text().equals(",") && to + 2 < r.size()
                    && YEAR.matcher(r.token(to + 2).text()).matches() || r.token(to + 1).text().equalsIgnoreCase("ago"))) {
                to++;
            }
            // "days before ...", "in recent weeks" say when only roughly: they count, but are never stated
            boolean rough = to + 1 < r.size() && r.token(to + 1).text().matches("(?i)before|after")
                    || r.token(from).text().matches("(?i)recent|past|few|several");
            spans.add(new Span(from, to, rough ? 0 : 1));
            i = to + 1;
        }
        return spans;
    }

    private static boolean timeAnchor(Reading r, int i) {
        String w = r.token(i).text();
        if (MONTH.matcher(w).matches() && !(w.equalsIgnoreCase("may") && !r.capitalised(i)) && !(w.equals("March") && i + 1 < r.size()
                && r.token(i + 1).text().equals("on"))) {
            return true;
        }
        if (DAY.matcher(w).matches() || YEAR.matcher(w).matches() && r.token(i).isNumber()) {
            return true;
        }
        if (w.matches("\\d{3,4}") && (i > 0 && r.token(i - 1).text().matches("(?i)in|by|since|until|from|after|before|around|circa|c\\.")
                || i + 1 < r.size() && r.token(i + 1).text().matches("AD|BC|BCE|CE|A\\.D\\.|B\\.C\\."))) {
            return true; // "in 911", "1066 AD": an older year
        }
        if (w.matches("(?i)a\\.?m\\.?|p\\.?m\\.?|noon|midnight") && i > 0 && CLOCK.matcher(r.token(i - 1).text()).matches()) {
            return true;
        }
        if (RELATIVE.matcher(w).matches() && i + 1 < r.size() && r.token(i + 1).text().matches("(?i)before|after|earlier|later|ago")) {
            return true; // "days before Trump went on a trip"
        }
        return RELATIVE.matcher(w).matches() && i > 0 && r.token(i - 1).text().matches("(?i)last|next|this|earlier|later|same|"
                + "recent|past|coming|previous|following|few|several|"
                + "\\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                + "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first")
                || w.equalsIgnoreCase("ago") || w.matches("(1[0-9]|20)\\d0s");
    }

    private static boolean timePart(Reading r, int i) {
        String w = r.token(i).text();
        return MONTH.matcher(w).matches() && r.capitalised(i) || DAY.matcher(w).matches() || CLOCK.matcher(w).matches()
                || YEAR.matcher(w).matches() || w.matches("\\d{1,2}(st|nd|rd|th)?") || RELATIVE.matcher(w).matches()
                && i > 0 && r.token(i - 1).isNumber();
    }

    /** Numbers with what they count: "55 people", "almost two-thirds", "£20 million", "52-year-old". */
    static List<Span> numbers(Reading r) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < r.size()) {
            Tagger.Token t = r.token(i);
            boolean number = Character.isDigit(t.text().codePointAt(0)) || WordForms.isNumberWord(t.text())
                    || t.isNumber() && !t.text().equalsIgnoreCase("one");
            boolean inDate = i > 0 && MONTH.matcher(r.token(i - 1).text()).matches() && r.capitalised(i - 1)
                    || i + 1 < r.size() && MONTH.matcher(r.token(i + 1).text()).matches() && r.capitalised(i + 1)
                    || YEAR.matcher(t.text()).matches() && !t.text().endsWith("s");
            if (!number || inDate) {
                i++;
                continue;
            }
            int from = i;
            if (from > 0 && "$£€¥".contains(r.token(from - 1).text())) {
                from--;
            }
            while (from > 0 && (APPROXIMATE.contains(r.token(from - 1).text().toLowerCase(Locale.ROOT))
                    || from > 1 && r.span(from - 2, from - 1).equalsIgnoreCase("at least")
                    || from > 1 && r.span(from - 2, from - 1).equalsIgnoreCase("up to"))) {
                from -= from > 1 && r.span(from - 2, from - 1).matches("(?i)at least|up to") ? 2 : 1;
            }
            int to = i;
            while (to + 1 < r.size() && (r.token(to + 1).isNumber() || WordForms.isNumberWord(r.token(to + 1).text())
                    || r.token(to + 1).text().matches("%|percent|per"))) {
                to++;
            }
            // what it counts: "six predominantly Muslim countries", up to the noun
            int j = to + 1;
            int limit = Math.min(r.size(), to + 5);
            while (j < limit && r.token(j).tag().matches("ADJ|ADV|PROPN|NOUN")) {
                // a name after a number is whose it is ("52-year-old Wright"), not what it counts
                if (r.token(j).tag().equals("NOUN") && !r.capitalised(j) && (j + 1 >= r.size() || !r.token(j + 1).tag().equals("NOUN"))) {
                    to = j;
                    break;
                }
                j++;
            }
            spans.add(new Span(from, to));
            i = to + 1;
        }
        return spans;
    }
}
