package org.storybot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.answer.Asked.Term;
import org.storybot.answer.Asked.Want;
import org.storybot.answer.Spans.Span;
import org.storybot.embedding.Embedder;
import org.storybot.text.WordForms;
import org.storybot.text.Lexicon;
import org.storybot.text.Words;

/**
 * The phrases of a sentence that could be the answer a question asks for: people, places, dates
 * and numbers ({@link Spans}), names of the kind a "which X" names, roles of a "who is X?"; a list
 * where the question wants several; a number that counts what is asked marked surest; people who
 * stand on the wrong side of the question's verb left out. Never a phrase the question already says.
 */
final class Phrases {

    private final Spans spans;
    private final Lexicon lexicon;
    private final KindNames kindNames;

    Phrases(Lexicon lexicon, Embedder embedder) {
        this.lexicon = lexicon;
        this.spans = new Spans(lexicon);
        this.kindNames = new KindNames(lexicon, embedder, spans);
    }

    /**
     * Finds the sentence's people and places once, so WordNet's answers for its names are at hand;
     * returns its names, whose meanings {@link #warmNames} can work out together.
     */
    List<String> warm(Reading r) {
        spans.people(r);
        spans.places(r);
        return spans.names(r).stream().map(s -> r.span(s.from(), s.to()).replaceFirst("^The ", "")).toList();
    }

    /** Embeds the names not embedded yet in one go, far quicker than one by one when a question first meets them. */
    void warmNames(List<String> names) {
        kindNames.warmNames(names);
    }

    /** The candidate phrases of {@code r} for {@code asked}; {@code verbAt} is where the question's verb stands in it, or -1. */
    List<Span> of(Asked asked, Reading r, int verbAt) {
        List<Span> found = phrases(asked, r);
        if (asked.want() == Want.PERSON || asked.focus() != null && plural(asked.focus())) {
            found = Spans.lists(r, found); // two names joined by "and" make one answer
        }
        if (asked.want() == Want.NUMBER) {
            String quantity = QuestionReader.quantityWord(asked.text());
            // "how long did the fighting between the powers last": "two powers" holds a word of it, but measures nothing
            boolean counting = quantity == null || quantity.equals("many") || quantity.equals("much");
            found = found.stream().map(s -> counting && counts(asked, r, s) ? new Span(s.from(), s.to(), 3) : s)
                    .filter(s -> s.strength() == 3 || measures(asked, quantity, r, s)).toList();
        }
        if (asked.voice() != Asked.Voice.NONE && verbAt >= 0) {
            found = found.stream().filter(s -> onDoersSide(asked, r, s, verbAt)).toList();
        }
        return found;
    }

    /** Whether a number counts what the question asks about: "55 people" for "how many people", "£20 million" for "how much money". */
    private boolean counts(Asked asked, Reading r, Span s) {
        for (Term t : asked.terms()) {
            if (r.find(t).stream().anyMatch(i -> i >= s.from() && i <= s.to())) {
                return true;
            }
            if (lexicon.isA(t.word(), "money") && r.span(s.from(), s.to()).matches(".*[$£€¥].*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number that does not count what the question names can still answer it: not when it
     * counts something else ("eight U.S. presidents" for "how many Nobel laureates"), nor when it
     * counts no unit the question's measure takes ("two colonial powers" for "how long").
     */
    private boolean measures(Asked asked, String quantity, Reading r, Span s) {
        Tagger.Token last = r.token(s.to());
        if (quantity == null || !last.tag().equals("NOUN") || r.capitalised(s.to()) || WordForms.isNumberWord(last.text())) {
            return true; // "2 million" counts nothing named
        }
        String noun = last.text().toLowerCase(Locale.ROOT);
        if (quantity.equals("many")) { // what it counts is the question's noun, in some form ("Nobel Laureates")
            List<String> question = Words.runs(WordForms.fold(asked.text()));
            return question.contains(noun) || lexicon.baseForms(noun, Lexicon.Pos.NOUN).stream().anyMatch(question::contains);
        }
        Set<Lexicon.Kind> kinds = new HashSet<>(lexicon.kinds(noun));
        lexicon.baseForms(noun, Lexicon.Pos.NOUN).forEach(base -> kinds.addAll(lexicon.kinds(base)));
        return quantity.equals("often") || kinds.contains(Lexicon.Kind.TIME) || kinds.contains(Lexicon.Kind.AMOUNT);
    }

    private boolean plural(String noun) {
        return noun.endsWith("s") && !lexicon.baseForms(noun, Lexicon.Pos.NOUN).contains(noun);
    }

    private List<Span> phrases(Asked asked, Reading r) {
        return switch (asked.want()) {
            // "who is the prosecutor": the question gives the description, the answer must name someone
            case PERSON -> spans.people(r).stream().filter(s -> asked.focus() == null || s.strength() > 0).toList();
            case PLACE -> spans.places(r);
            case TIME -> Quantities.times(r);
            case NUMBER -> Quantities.numbers(r);
            case NAMED -> kindNames.of(asked, r);
            case ROLE -> roles(asked, r);
            default -> List.of();
        };
    }

    /**
     * A role of the question's subject as the sentence gives it: a title before the name
     * ("Iranian foreign minister Mohammad Javad Zarif") or an apposition after it ("Sarah Huckabee
     * Sanders, an official spokeswoman for the White House,").
     */
    private List<Span> roles(Asked asked, Reading r) {
        List<Span> out = new ArrayList<>();
        String[] subject = asked.subject().split("\\s+");
        String last = WordForms.fold(subject[subject.length - 1]).replaceAll("'s$", "");
        for (int i = 0; i < r.size(); i++) {
            if (!WordForms.fold(r.token(i).text()).equals(last)) {
                continue;
            }
            int first = i;
            while (first > 0 && r.capitalised(first - 1) && r.token(first - 1).isProperNoun()) {
                first--;
            }
            int head = first - 1;
            if (head >= 0 && r.token(head).tag().equals("NOUN") && personNoun(r.token(head).text())
                    && !(QuestionReader.OCCUPATION.equals(asked.focus()) && notAJob(r.token(head).text()))) {
                out.add(new Span(Spans.modifiersBefore(r, head), head));
            }
            if (i + 2 < r.size() && r.token(i + 1).text().equals(",") && r.token(i + 2).tag().equals("DET")) {
                int end = i + 2;
                while (end + 1 < r.size() && !r.token(end + 1).text().matches("[,.;:—–]|--")) {
                    end++;
                }
                if (end - (i + 2) <= 12) {
                    out.add(new Span(i + 2, end));
                }
            }
        }
        return out;
    }

    /** "resident", "mother", "neighbour": what someone is, not what they do. */
    private boolean notAJob(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return lexicon.isA(n, "inhabitant") || lexicon.isA(n, "relative") || lexicon.isA(n, "neighbor");
    }

    private boolean personNoun(String noun) {
        return lexicon.kinds(noun.toLowerCase(Locale.ROOT)).contains(Lexicon.Kind.PERSON);
    }

    /**
     * Whether a person the sentence names stands where the doer (or, for "who was fired?", the one
     * it was done to) of the question's verb stands: before an active verb, after a passive one's
     * "by"; for a passive question the other way round.
     */
    private static boolean onDoersSide(Asked asked, Reading r, Span s, int verb) {
        boolean passive = false;
        for (int i = Math.max(0, verb - 2); i < verb; i++) {
            passive |= r.token(i).text().toLowerCase(Locale.ROOT).matches("is|are|was|were|be|been|being|got|gets|get");
        }
        boolean before = s.to() < verb;
        boolean agent = !before && byBetween(r, verb, s.from()); // "developed in 1698 by Thomas Savery"
        if (asked.voice() == Asked.Voice.PASSIVE) {
            return passive ? before : !before && !agent;
        }
        return passive || agent ? agent : before;
    }

    private static boolean byBetween(Reading r, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (r.token(i).text().equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase is what the question already says, and so cannot be its answer: every word
     * of it is in the question, or it shares a name with it ("The New York Times" for "who wrote
     * the Times report?").
     */
    static boolean alreadyAsked(String phrase, Asked asked) {
        for (String name : asked.names()) {
            String n = WordForms.fold(name);
            if (!n.chars().allMatch(Character::isDigit)
                    && Words.runs(WordForms.fold(phrase)).contains(n)) {
                return true;
            }
        }
        List<String> question = Words.runs(WordForms.fold(asked.text()));
        int content = 0;
        int held = 0;
        for (String w : Words.runs(WordForms.fold(phrase))) {
            if (w.isEmpty() || w.length() <= 2 && !w.chars().allMatch(Character::isDigit) || w.equals("the")) {
                continue;
            }
            content++;
            String stem = w.length() >= WordForms.FUZZY_LENGTH ? WordForms.stem(w) : w;
            if (question.stream().anyMatch(q -> q.equals(w) || q.length() >= WordForms.FUZZY_LENGTH && q.startsWith(stem))) {
                held++;
            }
        }
        return content == 0 || held == content;
    }
}
