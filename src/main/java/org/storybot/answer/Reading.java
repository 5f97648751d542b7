package org.storybot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.storybot.answer.Asked.Term;
import org.storybot.text.WordForms;
import org.storybot.text.Lexicon;
import org.storybot.text.Lexicon.Pos;
import org.storybot.text.Ordered;

/**
 * A sentence read for answering: its tokens with parts of speech and, for each, its lower-case
 * form and base forms, so a question's words can be found in it in any form WordNet allows.
 */
final class Reading {

    private final String text;
    private final List<Tagger.Token> tokens;
    private final Lexicon lexicon;
    /** For each token, its lower-case and base forms, worked out when a question first needs them. */
    private final AtomicReferenceArray<Set<String>> forms;
    /** For each token, what its verb causes or entails, worked out when first needed. */
    private final AtomicReferenceArray<Set<String>> related;
    /** Each token folded (see {@link WordForms#fold}) once: every term a question asks compares with them. */
    private final String[] folded;

    private Reading(String text, List<Tagger.Token> tokens, Lexicon lexicon) {
        this.text = text;
        this.folded = tokens.stream().map(t -> WordForms.fold(t.text())).toArray(String[]::new);
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.forms = new AtomicReferenceArray<>(tokens.size());
        this.related = new AtomicReferenceArray<>(tokens.size());
    }

    /** Reads {@code text}: its tokens and their parts of speech now, WordNet's forms of each when asked. */
    static Reading of(String text, Tagger tagger, Lexicon lexicon) {
        return new Reading(text, tagger.tag(text), lexicon);
    }

    /**
     * The forms of the token at {@code i}. A noun compound WordNet knows ("vice president", "death
     * penalty") is one word: its last token stands for the compound, and for its head noun only when
     * the compound is a kind of it ("foreign minister" is a minister, a "vice president" is no president).
     */
    private Set<String> forms(int i) {
        Set<String> known = forms.get(i);
        if (known != null) {
            return known;
        }
        Tagger.Token t = tokens.get(i);
        String lower = folded[i];
        Set<String> f = new LinkedHashSet<>();
        f.add(lower);
        Pos pos = switch (t.tag()) {
            case "VERB", "AUX" -> Pos.VERB;
            case "ADJ" -> Pos.ADJECTIVE;
            case "ADV" -> Pos.ADVERB;
            case "NOUN", "PROPN" -> Pos.NOUN;
            default -> null;
        };
        if (pos != null && t.isWord()) {
            f.addAll(lexicon.baseForms(lower, pos));
            if (pos == Pos.NOUN) {
                f.addAll(lexicon.baseForms(lower, Pos.VERB)); // tagged a noun, meant a verb ("leads")
            } else if (pos == Pos.VERB || pos == Pos.ADJECTIVE) {
                f.addAll(lexicon.baseForms(lower, Pos.NOUN));
            }
        }
        String compound = i > 0 && t.isNoun() && tokens.get(i - 1).isWord() && (tokens.get(i - 1).isNoun()
                || tokens.get(i - 1).tag().equals("ADJ")) ? folded[i - 1] + " " + lower : null;
        if (compound != null && lexicon.knows(compound, Pos.NOUN)) {
            Set<String> head = f;
            f = new LinkedHashSet<>(Set.of(compound));
            if (head.stream().anyMatch(h -> lexicon.isA(compound, h))) {
                f.addAll(head);
            }
        }
        Set<String> done = Ordered.set(f); // the word as written first
        forms.compareAndSet(i, null, done);
        return forms.get(i);
    }

    /** Works out every token's forms now, ahead of questions. */
    void warm() {
        for (int i = 0; i < tokens.size(); i++) {
            forms(i);
        }
    }

    String text() {
        return text;
    }

    List<Tagger.Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Tagger.Token token(int i) {
        return tokens.get(i);
    }

    /** The text of tokens {@code from} to {@code to}, both included, as written. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /**
     * Where {@code term} stands in the sentence: the indexes of the tokens that support it, by a
     * form WordNet relates to it (a multi-word form, "step down", counts when its words follow one
     * another), by what the token's verb causes or entails ("killed" for "died": killing causes dying),
     * or, for words WordNet lacks, by a shared beginning ("co-owns", "co-owner").
     */
    List<Integer> find(Term term) {
        List<Integer> at = new ArrayList<>();
        String stem = term.word().length() >= WordForms.FUZZY_LENGTH ? WordForms.stem(WordForms.fold(term.word())) : null;
        Set<Character> initials = new HashSet<>();
        term.forms().forEach(f -> initials.add(f.isEmpty() ? ' ' : f.charAt(0)));
        for (int i = 0; i < tokens.size(); i++) {
            String lower = folded[i];
            // a word whose first letter no form of the term has (nor the word before it, for a compound) is no form
            // of it: WordNet need not be asked
            String before = i > 0 ? folded[i - 1] : "";
            if ((lower.isEmpty() || !initials.contains(lower.charAt(0))) && (before.isEmpty() || !initials.contains(before.charAt(0)))) {
                continue;
            }
            Set<String> f = forms(i);
            if (f.stream().anyMatch(term.forms()::contains) || stem != null && f.iterator().next().startsWith(stem)
                    || multiWord(term.forms(), i)) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            Set<String> bases = lexicon.baseForms(term.word(), term.pos());
            for (int i = 0; i < tokens.size(); i++) {
                if (relatedTo(i).stream().anyMatch(bases::contains)) {
                    at.add(i);
                }
            }
        }
        return at;
    }

    /** What the verb at {@code i} causes or entails ("killed": "die", "death"); empty for other words. */
    private Set<String> relatedTo(int i) {
        Set<String> known = related.get(i);
        if (known == null) {
            Set<String> out = new LinkedHashSet<>();
            if (tokens.get(i).tag().equals("VERB")) {
                for (String form : forms(i)) {
                    out.addAll(lexicon.consequences(form));
                }
            }
            related.compareAndSet(i, null, Ordered.set(out));
            known = related.get(i);
        }
        return known;
    }

    /** Whether a multi-word form ("turn down", "put to death") starts at token {@code i}, a word or two apart at most. */
    private boolean multiWord(Set<String> termForms, int i) {
        for (String form : termForms) {
            int space = form.indexOf(' ');
            if (space < 0 || !forms(i).contains(form.substring(0, space))) {
                continue;
            }
            String[] rest = form.substring(space + 1).split(" ");
            int j = i + 1;
            int matched = 0;
            for (String part : rest) {
                int limit = Math.min(tokens.size(), j + 3);
                while (j < limit && !forms(j).contains(part)) {
                    j++;
                }
                if (j == limit) {
                    break;
                }
                matched++;
                j++;
            }
            if (matched == rest.length) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} is written with a capital and is not the sentence's first word. */
    boolean capitalised(int i) {
        Tagger.Token t = tokens.get(i);
        return t.isWord() && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** Whether WordNet knows the word at {@code i}, in lower case, as a plain word ("Fresh", "Donors"). */
    boolean commonWord(int i) {
        return lexicon.isPlain(folded[i]);
    }

    /** Lower case forms of every token, for quick membership checks. */
    Set<String> lowerWords() {
        Set<String> words = new LinkedHashSet<>();
        for (Tagger.Token t : tokens) {
            words.add(t.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }
}
