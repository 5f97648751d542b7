package org.storybot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.answer.Spans.Span;
import org.storybot.embedding.Embedder;
import org.storybot.store.Vectors;
import org.storybot.text.Lexicon;

/**
 * The phrases of a sentence that may be the thing a "which X" or "the name of X" asks for: names
 * WordNet files under X, names that mean an X by the embedding model where WordNet confirms none,
 * and noun phrases whose head is a kind of X. Never a date.
 */
final class KindNames {

    /**
     * A name WordNet does not know is taken for the kind asked for when it is this close in meaning to
     * it ("The New York Times" to "newspaper"; measured on the shipped story: other names stay below).
     */
    static final double KIND_SIMILARITY = 0.65;

    /** Names met in the stories, and kinds asked for; a name's meaning, as the embedding model has it. */
    private static final int NAME_VECTORS = 5000;

    private final Lexicon lexicon;
    private final Embedder embedder;
    private final Spans spans;
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(NAME_VECTORS).build();

    KindNames(Lexicon lexicon, Embedder embedder, Spans spans) {
        this.lexicon = lexicon;
        this.embedder = embedder;
        this.spans = spans;
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

    /**
     * For "which X" and "the name of X": names, preferring those WordNet files under X where it knows
     * them (a name it does not know stands for X by its meaning, and then only when no name of the
     * sentence is known as X); and noun phrases whose head is a kind of X ("esophageal cancer" for
     * "what kind of cancer").
     */
    List<Span> of(Asked asked, Reading r) {
        List<Span> out = new ArrayList<>();
        // names of the kind by their meaning alone ("Central Asia" near "country"): only where WordNet
        // confirms no name of the sentence as one ("Belarus")
        List<Span> guessed = new ArrayList<>();
        boolean confirmed = false;
        String focus = asked.focus();
        boolean anyName = focus == null || focus.startsWith("name");
        for (Span s : spans.names(r)) {
            if (spans.kindsOfName(r, s).contains(Lexicon.Kind.TIME)) {
                continue; // "February", "Wednesday": a date, never the name of a thing asked for
            }
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
                confirmed |= !Phrases.alreadyAsked(r.span(s.from(), s.to()), asked); // the question's own names answer nothing
            }
        }
        if (focus != null && !focus.startsWith("name")) {
            for (int i = 0; i < r.size(); i++) {
                Tagger.Token t = r.token(i);
                String w = t.text().toLowerCase(Locale.ROOT);
                boolean head = i + 1 == r.size() || !r.token(i + 1).tag().equals("NOUN");
                boolean same = sameNoun(w, focus);
                if (t.tag().equals("NOUN") && head && !r.capitalised(i) && (same || lexicon.isA(w, focus))) {
                    int from = Spans.modifiersBefore(r, i);
                    boolean classified = false; // by a noun or a relational adjective: "colon cancer", "esophageal cancer"
                    for (int m = from; m < i; m++) {
                        classified |= r.token(m).tag().equals("NOUN")
                                || r.token(m).tag().equals("ADJ") && lexicon.isRelational(r.token(m).text());
                    }
                    // "typhus" for "what illness", "esophageal cancer" for "what kind of cancer"; not "the two publications"
                    if (!same || classified) {
                        // "the two", "new" go; "yellow" stays before "fever", a noun of its own with it ("yellow fever virus")
                        while (from < i && !(r.token(from).tag().equals("NOUN")
                                || r.token(from).tag().equals("ADJ") && lexicon.isRelational(r.token(from).text())
                                || compound(r, from))) {
                            from++;
                        }
                        out.add(new Span(from, i, same ? 3 : 2));
                    }
                }
            }
        }
        if (!confirmed) {
            out.addAll(guessed);
        }
        return out;
    }

    /** Whether the word at {@code i} and the next make a noun WordNet knows: "yellow fever". */
    private boolean compound(Reading r, int i) {
        return i + 1 < r.size() && r.token(i).isWord()
                && lexicon.knows(r.token(i).text().toLowerCase(Locale.ROOT) + " " + r.token(i + 1).text().toLowerCase(Locale.ROOT),
                        Lexicon.Pos.NOUN);
    }

    /** Whether two nouns are one, in any of their forms: "body" and "bodies". */
    private boolean sameNoun(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> forms = new HashSet<>(lexicon.baseForms(a, Lexicon.Pos.NOUN));
        forms.add(a);
        return forms.contains(b) || lexicon.baseForms(b, Lexicon.Pos.NOUN).stream().anyMatch(forms::contains);
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
}
