package org.storybot.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet 3.1 (through extJWNL, from the jar: no download) knows of English words: their base
 * forms ("killed" is "kill"), the words that say the same or follow from them (synonyms,
 * derivations, causes and entailments: "kill" leads to "die" and "death"), their opposites, and
 * what kind of thing a noun names (a person, a group, a place, a time, an amount). Only the most
 * common senses of a word count (WordNet orders senses by frequency), so a rare sense does not
 * make two words alike. Thread-safe; answers are remembered.
 */
public final class Lexicon {

    /** Kinds of thing a noun can name, read from its hypernyms. */
    public enum Kind { PERSON, GROUP, PLACE, TIME, AMOUNT }

    /** Parts of speech WordNet knows. */
    public enum Pos { NOUN, VERB, ADJECTIVE, ADVERB }

    /** Senses of a word that count: WordNet lists the commonest first. */
    private static final int SENSES = 3;
    /** Kinds come from the commonest sense alone: other senses name other kinds ("Cancer" the star sign, a person). */
    private static final int KIND_SENSES = 1;
    private static final int CACHED = 20_000;
    /**
     * A word with more senses than this (make 49, take 42, give 44, hold 36, run 41) is too vague to
     * stand for another: it never joins a word's related forms, though it keeps its own.
     */
    private static final int VAGUE_SENSES = 24;
    /** Verbs that mostly carry tense or mood ("had been diagnosed"): never another word's synonym or derivation. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "can", "will", "shall", "may", "must");

    private final Dictionary dictionary;
    private final Cache<String, Set<String>> baseForms = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<String>> related = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<Kind>> kinds = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<String>> hypernyms = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<String>> consequences = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Boolean> plain = Caffeine.newBuilder().maximumSize(CACHED).build();

    public Lexicon() {
        try {
            dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet from the class path", e);
        }
    }

    /** The base forms of {@code word} as {@code pos} ("died" gives "die"); the word itself, lower case, when WordNet has none. */
    public Set<String> baseForms(String word, Pos pos) {
        String w = word.toLowerCase(Locale.ROOT);
        return baseForms.get(pos + ":" + w, k -> {
            Set<String> forms = new LinkedHashSet<>();
            synchronized (dictionary) {
                try {
                    for (Object form : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos(pos), w)) {
                        forms.add(form.toString().toLowerCase(Locale.ROOT));
                    }
                } catch (JWNLException | RuntimeException e) {
                    // an odd word is simply its own base form
                }
            }
            if (forms.isEmpty()) {
                forms.add(w);
            }
            return Set.copyOf(forms);
        });
    }

    /**
     * Base forms of words that mean the same as {@code lemma} or follow from it, in its commonest
     * senses: synonyms, derived words (noun to verb and back), what the verb causes or entails, and
     * those words' derivations ("kill": "killing", "killer", "die", "death"). Multi-word entries keep
     * their spaces ("step down"). Includes {@code lemma}.
     */
    public Set<String> related(String lemma, Pos pos) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return related.get(pos + ":" + l, k -> {
            Set<String> out = new LinkedHashSet<>();
            out.add(l);
            for (Synset sense : senses(l, pos, SENSES)) {
                addWords(sense, out);
                addDerivations(sense, out);
                for (Pointer p : pointers(sense, PointerType.CAUSE, PointerType.ENTAILMENT)) {
                    Synset target = synset(p);
                    if (target != null) {
                        addWords(target, out);
                        addDerivations(target, out);
                    }
                }
            }
            return Set.copyOf(out);
        });
    }

    /**
     * What a verb, in its commonest senses, causes or entails, with those words' derivations: "kill"
     * gives "die" and "death". The other half of {@link #related}, for asking whether a word of a
     * sentence leads to a word of a question.
     */
    public Set<String> consequences(String verb) {
        String l = verb.toLowerCase(Locale.ROOT);
        return consequences.get(l, k -> {
            Set<String> out = new LinkedHashSet<>();
            for (Synset sense : senses(l, Pos.VERB, SENSES)) {
                for (Pointer p : pointers(sense, PointerType.CAUSE, PointerType.ENTAILMENT)) {
                    Synset target = synset(p);
                    if (target != null) {
                        addWords(target, out);
                        addDerivations(target, out);
                    }
                }
            }
            return Set.copyOf(out);
        });
    }

    /** Base forms of the opposites WordNet gives for {@code lemma} in its commonest senses ("accept": "reject"). */
    public Set<String> antonyms(String lemma, Pos pos) {
        Set<String> out = new LinkedHashSet<>();
        for (Synset sense : senses(lemma.toLowerCase(Locale.ROOT), pos, SENSES)) {
            synchronized (dictionary) {
                for (Word w : sense.getWords()) {
                    for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
                        if (target(p) instanceof Word word) {
                            Synset target = word.getSynset();
                            target.getWords().forEach(x -> out.add(x.getLemma().toLowerCase(Locale.ROOT)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The kinds of thing {@code noun} names in its commonest senses; empty when WordNet does not know it. */
    public Set<Kind> kinds(String noun) {
        String n = noun.strip();
        return kinds.get(n, k -> {
            Set<String> above = new HashSet<>();
            for (Synset sense : senses(n, Pos.NOUN, KIND_SENSES)) {
                above.addAll(closure(sense));
            }
            return kindsAbove(above);
        });
    }

    /**
     * The kinds of thing a name names, by WordNet's entries for it as a name (its instance senses:
     * "Jordan" the country), never by a plain word spelt alike ("Trump" is no playing card).
     */
    public Set<Kind> nameKinds(String name) {
        String n = name.strip();
        return kinds.get("name:" + n, k -> {
            for (Synset sense : senses(n, Pos.NOUN, Integer.MAX_VALUE)) {
                boolean instance;
                synchronized (dictionary) {
                    instance = !sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
                }
                if (instance) {
                    return kindsAbove(closure(sense)); // the commonest of its senses as a name
                }
            }
            return Set.of();
        });
    }

    private static Set<Kind> kindsAbove(Set<String> above) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (above.contains("person") || above.contains("people")) {
            found.add(Kind.PERSON);
        }
        if (above.contains("social group") || above.contains("organization")) {
            found.add(Kind.GROUP);
        }
        if (above.contains("location") || above.contains("geographical area") || above.contains("structure")) {
            found.add(Kind.PLACE);
        }
        if (above.contains("time period") || above.contains("time unit") || above.contains("time")) {
            found.add(Kind.TIME);
        }
        if ((above.contains("measure") && !found.contains(Kind.TIME)) || above.contains("definite quantity")) {
            found.add(Kind.AMOUNT);
        }
        return Set.copyOf(found);
    }

    /** Whether {@code noun}, in one of its commonest senses, is a kind of {@code kind} ("typhus" of "illness"). */
    public boolean isA(String noun, String kind) {
        String n = noun.strip();
        Set<String> above = hypernyms.get(n, k -> {
            Set<String> all = new HashSet<>();
            for (Synset sense : senses(n, Pos.NOUN, SENSES)) {
                all.addAll(closure(sense));
            }
            return Set.copyOf(all);
        });
        String target = kind.toLowerCase(Locale.ROOT);
        return above.contains(target) || baseForms(target, Pos.NOUN).stream().anyMatch(above::contains);
    }

    /**
     * Whether an adjective relates to a noun ("esophageal" to the esophagus, "presidential" to a
     * president) and so names a kind, as "only", "new" or "other" do not.
     */
    public boolean isRelational(String adjective) {
        String a = adjective.toLowerCase(Locale.ROOT);
        return known.get("relational:" + a, k -> {
            for (Synset sense : senses(a, Pos.ADJECTIVE, SENSES)) {
                synchronized (dictionary) {
                    for (Word w : sense.getWords()) {
                        if (!w.getPointers(PointerType.PERTAINYM).isEmpty()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    /** Whether WordNet knows {@code word} as {@code pos} at all. */
    public boolean knows(String word, Pos pos) {
        return known.get(pos + ":" + word.toLowerCase(Locale.ROOT), k -> !senses(word.toLowerCase(Locale.ROOT), pos, 1).isEmpty());
    }

    /**
     * Whether {@code word} is a plain word of English, not only a name: WordNet has a sense of it
     * that is not an instance (a person, a place), or knows it as a verb, adjective or adverb.
     * "ceo", "president" and "fresh" are plain; "murray" and "paris" are names.
     */
    public boolean isPlain(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return plain.get(w, k -> {
            if (knows(w, Pos.VERB) || knows(w, Pos.ADJECTIVE) || knows(w, Pos.ADVERB)) {
                return true;
            }
            for (Synset sense : senses(w, Pos.NOUN, Integer.MAX_VALUE)) {
                synchronized (dictionary) {
                    if (sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private List<Synset> senses(String word, Pos pos, int max) {
        synchronized (dictionary) {
            try {
                IndexWord entry = dictionary.lookupIndexWord(pos(pos), word);
                // a phrase must be WordNet's own ("new york times" is not "new york")
                if (entry == null || word.indexOf(' ') >= 0 && !entry.getLemma().equalsIgnoreCase(word.strip())) {
                    return List.of();
                }
                List<Synset> senses = entry.getSenses();
                return List.copyOf(senses.subList(0, Math.min(max, senses.size())));
            } catch (JWNLException | RuntimeException e) {
                return List.of();
            }
        }
    }

    /** The lemmas of {@code sense} and of every synset above it, instances' classes included, lower case. */
    private Set<String> closure(Synset sense) {
        Set<String> lemmas = new HashSet<>();
        List<Synset> todo = new ArrayList<>(List.of(sense));
        Set<Synset> seen = new HashSet<>();
        synchronized (dictionary) {
            while (!todo.isEmpty()) {
                Synset s = todo.remove(todo.size() - 1);
                if (!seen.add(s)) {
                    continue;
                }
                s.getWords().forEach(w -> lemmas.add(w.getLemma().toLowerCase(Locale.ROOT)));
                for (Pointer p : s.getPointers()) {
                    Synset above = p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM
                            ? synset(p) : null;
                    if (above != null) {
                        todo.add(above);
                    }
                }
            }
        }
        return lemmas;
    }

    private List<Pointer> pointers(Synset sense, PointerType... types) {
        List<Pointer> out = new ArrayList<>();
        synchronized (dictionary) {
            for (PointerType type : types) {
                out.addAll(sense.getPointers(type));
            }
        }
        return out;
    }

    private void addWords(Synset sense, Set<String> out) {
        synchronized (dictionary) {
            for (Word w : sense.getWords()) {
                String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                if (!vague(lemma, w.getPOS())) {
                    out.add(lemma);
                }
            }
        }
    }

    private boolean vague(String lemma, POS pos) {
        if (AUXILIARIES.contains(lemma)) {
            return true;
        }
        try {
            IndexWord entry = dictionary.getIndexWord(pos, lemma);
            return entry != null && entry.getSenses().size() > VAGUE_SENSES;
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }

    private void addDerivations(Synset sense, Set<String> out) {
        synchronized (dictionary) {
            for (Word w : sense.getWords()) {
                for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                    if (target(p) instanceof Word derived && !vague(derived.getLemma(), derived.getPOS())) {
                        out.add(derived.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
    }

    private static PointerTarget target(Pointer p) {
        try {
            return p.getTarget();
        } catch (JWNLException e) {
            return null;
        }
    }

    private static Synset synset(Pointer p) {
        try {
            return p.getTargetSynset();
        } catch (JWNLException e) {
            return null;
        }
    }

    private static POS pos(Pos pos) {
        return switch (pos) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case ADVERB -> POS.ADVERB;
        };
    }
}
