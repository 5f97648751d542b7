package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storybot.text.Lexicon;
import org.storybot.text.WordForms;

/**
 * The date and time expressions of a sentence, as {@link Quantities} finds them for "when" questions
 * (one definition of what a date looks like), each with the word that leads into it ("on Monday",
 * "earlier this month") and joined where "of" or a comma binds them ("March of this year",
 * "June 8, 2017"). Rough ones ("days before", "in recent weeks") are left out: they date nothing.
 * Also the clause-shortening of {@link Clauses}, for the tools above answers. Thread-safe.
 */
public final class DateMentions {

    /** Words that lead into a date and belong to it as stated. */
    private static final Pattern LEAD = Pattern.compile("(?i)on|in|at|by|since|until|from|during|earlier|later|early|late|mid|last|next|this");
    private static final Pattern JOIN = Pattern.compile("of|,");
    /** Words after a period that count it from another time: "two days later", "a week earlier". */
    private static final Pattern COUNTED = Pattern.compile("(?i)later|earlier|ago");
    /** Words before a period that make it no date: "in recent weeks", "the past few months". */
    private static final Pattern ROUGH = Pattern.compile("(?i)recent|past|few|several");

    /** A date expression and its characters [start, end) in the sentence. */
    public record Mention(String text, int start, int end) {
    }

    private final Tagger tagger;
    private final Lexicon lexicon;

    public DateMentions(Tagger tagger, Lexicon lexicon) {
        this.tagger = tagger;
        this.lexicon = lexicon;
    }

    /** The date expressions of {@code sentence}, in order. */
    public List<Mention> in(String sentence) {
        Reading r = Reading.of(sentence, tagger, lexicon);
        List<int[]> spans = new ArrayList<>();
        for (Spans.Span s : Quantities.times(r)) {
            if (s.strength() == 0 || s.from() > 0 && ROUGH.matcher(r.token(s.from() - 1).text()).matches()
                    || namePart(r, s)) {
                continue; // "in recent weeks", "Bloody Sunday"
            }
            int[] previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && s.from() <= previous[1]) {
                continue; // the year of "Feb. 8, 2017", already taken
            }
            int from = s.from();
            int to = s.to();
            if (to + 1 < r.size() && COUNTED.matcher(r.token(to + 1).text()).matches()) {
                to++; // "days later"
            }
            if (from > 0 && (WordForms.isNumberWord(r.token(from - 1).text()) || r.token(from - 1).text().matches("\\d+|(?i)an?"))) {
                from--; // "two days later", "a month ago"
            }
            if (to + 2 < r.size() && r.token(to + 1).text().equals(".") && r.token(to + 2).text().matches("\\d{1,2}")
                    && Quantities.MONTH.matcher(r.token(to).text()).matches()) {
                to += 2; // "Feb. 3", where the full stop stands apart
                if (to + 2 < r.size() && r.token(to + 1).text().equals(",") && r.token(to + 2).text().matches("(1[5-9]|20)\\d{2}")) {
                    to += 2;
                }
            }
            while (from > 0 && LEAD.matcher(r.token(from - 1).text()).matches() && from > s.from() - 2) {
                from--;
            }
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && (last[1] + 1 == from || last[1] + 2 == from && JOIN.matcher(r.token(last[1] + 1).text()).matches())) {
                last[1] = to; // "March of this year", "Monday, Jan. 30"
            } else {
                spans.add(new int[] {from, to});
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int[] s : spans) {
            mentions.add(new Mention(r.span(s[0], s[1]), r.token(s[0]).start(), r.token(s[1]).end()));
        }
        return mentions;
    }

    /** A weekday that is part of a name: "Bloody Sunday", "Super Tuesday" (a capitalised word before it, not the sentence's first). */
    private static boolean namePart(Reading r, Spans.Span s) {
        return s.from() == s.to() && s.from() > 1 && Quantities.WEEKDAY.matcher(r.token(s.from()).text()).matches()
                && r.capitalised(s.from() - 1) && !LEAD.matcher(r.token(s.from() - 1).text()).matches();
    }

    /** {@code sentence} shortened to its main clause by deleting words ({@link Clauses}), longest first; none when it cannot be. */
    public static List<String> shorter(String sentence) {
        return Clauses.shorter(sentence);
    }

    /** {@code sentence} without a leading news dateline ("WASHINGTON (CNN) -- "). */
    public static String withoutDateline(String sentence) {
        return Datelines.trim(sentence);
    }
}
