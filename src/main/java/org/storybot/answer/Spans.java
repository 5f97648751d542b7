package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.text.Lexicon;

/**
 * Finds the phrases of a sentence that could answer a kind of question: names, people (by name
 * or by a noun WordNet files under persons: "a Duke student"), places; {@link Quantities} finds
 * dates, times and numbers. Each is a span of the sentence's tokens, word for word.
 */
final class Spans {

    /**
     * A span of tokens [from, to], both included, and how surely it is of the kind wanted: 3 when it
     * holds what the question counts ("55 people" for how many people), 2 when WordNet says so, 1
     * when nothing says otherwise (a name WordNet does not know), 0 for a mere description ("a worker").
     */
    record Span(int from, int to, int strength) {
        Span(int from, int to) {
            this(from, to, 1);
        }

        int distanceTo(int token) {
            return token < from ? from - token : token > to ? token - to : 0;
        }
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "inside", "outside", "on",
            "across", "toward", "towards", "onto");
    private static final Set<String> JOINERS = Set.of("of", "de", "du", "da", "van", "von", "al", "bin", "&");

    private final Lexicon lexicon;

    Spans(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Runs of capitalised words (proper names) that are not the sentence's capitalised first word,
     * joined by "of" where a capitalised word follows it ("Bank of America"); a title's "Dr." stays.
     */
    List<Span> names(Reading r) {
        List<Span> spans = new ArrayList<>();
        int i = datelineEnd(r);
        while (i < r.size()) {
            if (!nameWord(r, i)) {
                i++;
                continue;
            }
            int from = i;
            int to = i;
            int j = i + 1;
            while (j < r.size()) {
                if (nameWord(r, j)) {
                    to = j;
                } else if (!(JOINERS.contains(r.token(j).text().toLowerCase(Locale.ROOT)) && j + 1 < r.size() && nameWord(r, j + 1))) {
                    break;
                }
                j++;
            }
            // a title before a name is not the name: "CEO of Murray Mining", "Judge Steven Leifman"
            while (from < to && title(r, from)) {
                from++;
                if (from < to && JOINERS.contains(r.token(from).text().toLowerCase(Locale.ROOT))) {
                    from++;
                }
            }
            if (from > 0 && r.token(from - 1).text().equals("The")) {
                from--; // "The New York Times"
            }
            spans.add(new Span(from, to));
            i = to + 1;
        }
        return spans;
    }

    /** The first token after a dateline ("Marseille, France (CNN)"), whose names are where the story was filed. */
    static int datelineEnd(Reading r) {
        for (int i = 0; i + 2 < r.size() && i < 12; i++) {
            if (r.token(i).text().equals("(") && r.token(i + 2).text().equals(")") && r.capitalised(i + 1)) {
                int end = i + 3;
                while (end < r.size() && r.token(end).text().matches("-+|—|–")) {
                    end++;
                }
                return end;
            }
        }
        return 0;
    }

    /** A title before a name: a noun for a person that is no adjective too ("Judge", "CEO"; not "Roman", "Catholic"). */
    private boolean title(Reading r, int i) {
        String w = r.token(i).text().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return r.token(i).isNoun() && lexicon.isPersonTitle(w)
                && !lexicon.knows(w, Lexicon.Pos.ADJECTIVE);
    }

    private static boolean nameWord(Reading r, int i) {
        Tagger.Token t = r.token(i);
        if (!r.capitalised(i) || t.text().equals("I")) {
            return false;
        }
        if (i == 0) {
            // A capital at the start says nothing: a name there is one WordNet does not know as a plain word.
            boolean nextCapital = i + 1 < r.size() && r.capitalised(i + 1);
            return t.isProperNoun() && (nextCapital || !r.commonWord(i));
        }
        if (r.token(i - 1).text().matches("[\"“‘(]")) {
            return t.isProperNoun(); // a quoted title: "Equus"
        }
        return t.isProperNoun() || t.isNoun() || t.tag().equals("ADJ") || t.tag().equals("VERB") || t.tag().equals("NUM");
    }

    /**
     * What WordNet says a name names: the whole name first ("Kansas City"), else its last word when
     * that is itself a name ("Bob Murray"), not a plain word ("Antonio Costa": a costa is a rib).
     */
    Set<Lexicon.Kind> kindsOfName(Reading r, Span s) {
        String whole = r.span(s.from(), s.to()).replaceFirst("^The ", "");
        Set<Lexicon.Kind> kinds = s.from() == s.to() ? lexicon.nameKinds(whole) : lexicon.kinds(whole);
        String last = r.token(s.to()).text();
        kinds = kinds.isEmpty() && s.to() > s.from() ? lexicon.nameKinds(last) : kinds;
        if (kinds.isEmpty()) {
            // a day, a month, a place written with a capital ("Tuesday") is one, though no name of one
            Set<Lexicon.Kind> plain = lexicon.kinds(whole);
            if (plain.contains(Lexicon.Kind.TIME) || plain.contains(Lexicon.Kind.PLACE)) {
                return plain;
            }
        }
        return kinds;
    }

    /**
     * People and groups: names WordNet does not file only under places or times, and noun phrases
     * whose head noun is a person or a group ("a Duke student", "the company's president").
     */
    List<Span> people(Reading r) {
        List<Span> spans = new ArrayList<>();
        for (Span s : names(r)) {
            Set<Lexicon.Kind> kinds = kindsOfName(r, s);
            boolean person = kinds.contains(Lexicon.Kind.PERSON) || kinds.contains(Lexicon.Kind.GROUP);
            if (person || kinds.isEmpty()) {
                // a capitalised plain word ("Socialist", "Democrat") describes; a name WordNet files under people names
                boolean plain = s.from() == s.to() && !r.token(s.from()).isProperNoun() && lexicon.isPlain(r.token(s.from()).text());
                spans.add(new Span(s.from(), s.to(), plain ? 0 : person ? 2 : 1));
            } else if (kinds.contains(Lexicon.Kind.PLACE)) {
                spans.add(new Span(s.from(), s.to(), 0)); // a country can act ("Saudi Arabia produced"), but is not stated as a who
            }
        }
        for (int i = 0; i < r.size(); i++) {
            Tagger.Token t = r.token(i);
            if (t.tag().equals("NOUN") && !r.capitalised(i) && (i + 1 == r.size() || !r.token(i + 1).tag().equals("NOUN"))) {
                Set<Lexicon.Kind> kinds = lexicon.kinds(t.text().toLowerCase(Locale.ROOT));
                if (kinds.contains(Lexicon.Kind.PERSON) || kinds.contains(Lexicon.Kind.GROUP)) {
                    spans.add(new Span(modifiersBefore(r, i), i, 0));
                }
            }
        }
        return spans;
    }

    /** The start of a noun phrase ending at {@code head}: its determiner, adjectives, nouns and names. */
    static int modifiersBefore(Reading r, int head) {
        int from = head;
        while (from > 0) {
            String tag = r.token(from - 1).tag();
            if (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM")) {
                from--;
            } else if (tag.equals("DET") && !r.token(from - 1).text().equalsIgnoreCase("that")) {
                from--;
                break;
            } else {
                break;
            }
        }
        return from;
    }

    /** Places: names WordNet files under places, names after "in", "at", "near"..., and such phrases of common nouns. */
    List<Span> places(Reading r) {
        List<Span> spans = new ArrayList<>();
        for (Span s : names(r)) {
            Set<Lexicon.Kind> kinds = kindsOfName(r, s);
            boolean locative = s.from() > 0 && LOCATIVE.contains(r.token(s.from() - 1).text().toLowerCase(Locale.ROOT));
            if (kinds.contains(Lexicon.Kind.PLACE) || locative && !kinds.contains(Lexicon.Kind.TIME) && !kinds.contains(Lexicon.Kind.PERSON)) {
                Span place = extendPlace(r, s);
                spans.add(new Span(place.from(), place.to(), kinds.contains(Lexicon.Kind.PLACE) ? 2 : 1));
            }
        }
        for (int i = 0; i + 1 < r.size(); i++) {
            if (!LOCATIVE.contains(r.token(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int head = i + 1;
            while (head < r.size() && !r.token(head).tag().equals("NOUN") && (r.token(head).tag().equals("DET")
                    || r.token(head).tag().equals("ADJ") || r.token(head).tag().equals("NUM"))) {
                head++;
            }
            while (head + 1 < r.size() && r.token(head + 1).tag().equals("NOUN")) {
                head++;
            }
            if (head < r.size() && r.token(head).tag().equals("NOUN")
                    && lexicon.kinds(r.token(head).text().toLowerCase(Locale.ROOT)).contains(Lexicon.Kind.PLACE)) {
                spans.add(new Span(i + 1, head));
            }
        }
        return spans;
    }

    /** Spans joined where "and" or a comma lists them: "Israel and the United States", for a question asking for several. */
    static List<Span> lists(Reading r, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        for (int i = 0; i + 1 < spans.size(); i++) {
            Span a = spans.get(i);
            int j = i;
            int to = a.to();
            while (j + 1 < spans.size() && joinedByList(r, to, spans.get(j + 1).from())) {
                j++;
                to = spans.get(j).to();
            }
            if (j > i) {
                out.add(new Span(a.from(), to, a.strength()));
            }
        }
        return out;
    }

    private static boolean joinedByList(Reading r, int end, int start) {
        String between = start > end + 1 ? r.span(end + 1, start - 1).toLowerCase(Locale.ROOT) : "";
        return between.matches(",|and|, and|and the|, and the|or");
    }

    /** "Kansas City, Missouri": a place name followed by the larger place it lies in. */
    private Span extendPlace(Reading r, Span s) {
        if (s.to() + 2 < r.size() && r.token(s.to() + 1).text().equals(",")) {
            for (Span next : names(r)) {
                if (next.from() == s.to() + 2 && kindsOfName(r, next).contains(Lexicon.Kind.PLACE)) {
                    return new Span(s.from(), next.to());
                }
            }
        }
        return s;
    }
}
