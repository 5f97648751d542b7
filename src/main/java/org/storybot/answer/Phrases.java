package org.storybot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storybot.answer.Asked.Term;
import org.storybot.answer.Asked.Want;
import org.storybot.answer.Spans.Span;
import org.storybot.embedding.Embedder;
import org.storybot.store.Vectors;
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

    /**
     * A name WordNet does not know is taken for the kind asked for when it is this close in meaning to
     * it ("The New York Times" to "newspaper"; measured on the shipped story: other names stay below).
     */
    static final double KIND_SIMILARITY = 0.65;

    /** Names met in the stories, and kinds asked for; a name's meaning, as the embedding model has it. */
    private static final int NAME_VECTORS = 5000;

    private final Spans spans;
    private final Lexicon lexicon;
    private final Embedder embedder;
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(NAME_VECTORS).build();

    Phrases(Lexicon lexicon, Embedder embedder) {
        this.lexicon = lexicon;
        this.embedder = embedder;
        this.spans = new Spans(lexicon);
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
        if (embedder == null) {
            return;
        }
        List<String> fresh = names.stream().distinct().filter(n -> vectors.getIfPresent(n) == null).toList();
        List<float[]> embedded = embedder.embedPassages(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            vectors.put(fresh.get(i), Vectors.normalized(embedded.get(i)));
        }
    }

    /** The candidate phrases of {@code r} for {@code asked}; {@code verbAt} is where the question's verb stands in it, or -1. */
    List<Span> of(Asked asked, Reading r, int verbAt) {
        List<Span> found = phrases(asked, r);
        if (asked.want() == Want.PERSON || asked.focus() != null && plural(asked.focus())) {
            found = Spans.lists(r, found); // two names joined by "and" make one answer
        }
        if (asked.want() == Want.NUMBER) {
            found = found.stream().map(s -> counts(asked, r, s) ? new Span(s.from(), s.to(), 3) : s).toList();
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
            case NAMED -> named(asked, r);
            case ROLE -> roles(asked, r);
            default -> List.of();
        };
    }

    /**
     * For "which X" and "the name of X": names, preferring those WordNet files under X where it knows
     * them (a name it does not know stands for X by its meaning, and then only when no name of the
     * sentence is known as X); and noun phrases whose head is a kind of X ("esophageal cancer" for
     * "what kind of cancer").
     */
    private List<Span> named(Asked asked, Reading r) {
        List<Span> out = new ArrayList<>();
        // names of the kind by their meaning alone ("Central Asia" near "country"): only where WordNet
        // confirms no name of the sentence as one ("Belarus")
        List<Span> guessed = new ArrayList<>();
        boolean confirmed = false;
        String focus = asked.focus();
        boolean anyName = focus == null || focus.startsWith("name");
        for (Span s : spans.names(r)) {
            String name = r.span(s.from(), s.to()).replaceFirst("^The ", "");
            boolean known = s.from() == s.to() ? !lexicon.nameKinds(name).isEmpty() : lexicon.knows(name, Lexicon.Pos.NOUN);
            if (anyName) {
                out.add(s);
            } else if (!known) {
                // a name WordNet does not know is stated as the newspaper asked for only when it means one
                boolean like = likeKind(name, focus);
                (like ? guessed : out).add(new Span(s.from(), s.to(), like ? 2 : 1));
            } else if (lexicon.isA(name, focus)) {
                out.add(new Span(s.from(), s.to(), 2)); // WordNet knows the name as one of the kind asked for
                confirmed |= !alreadyAsked(r.span(s.from(), s.to()), asked); // the question's own names answer nothing
            }
        }
        if (focus != null && !focus.startsWith("name")) {
            for (int i = 0; i < r.size(); i++) {
                Tagger.Token t = r.token(i);
                String w = t.text().toLowerCase(Locale.ROOT);
                boolean head = i + 1 == r.size() || !r.token(i + 1).tag().equals("NOUN");
                if (t.tag().equals("NOUN") && head && !r.capitalised(i) && (lexicon.isA(w, focus) || w.equals(focus))) {
                    int from = Spans.modifiersBefore(r, i);
                    boolean classified = false; // by a noun or a relational adjective: "colon cancer", "esophageal cancer"
                    for (int m = from; m < i; m++) {
                        classified |= r.token(m).tag().equals("NOUN")
                                || r.token(m).tag().equals("ADJ") && lexicon.isRelational(r.token(m).text());
                    }
                    // "typhus" for "what illness", "esophageal cancer" for "what kind of cancer"; not "the two publications"
                    if (!w.equals(focus) || classified) {
                        while (from < i && !(r.token(from).tag().equals("NOUN")
                                || r.token(from).tag().equals("ADJ") && lexicon.isRelational(r.token(from).text()))) {
                            from++;
                        }
                        out.add(new Span(from, i, w.equals(focus) ? 3 : 2));
                    }
                }
            }
        }
        if (!confirmed) {
            out.addAll(guessed);
        }
        return out;
    }

    private boolean likeKind(String name, String kind) {
        if (embedder == null) {
            return false;
        }
        return Vectors.dot(vector(kind), vector(name)) >= KIND_SIMILARITY;
    }

    private float[] vector(String text) {
        return vectors.get(text, t -> Vectors.normalized(embedder.embedQuery(t)));
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
