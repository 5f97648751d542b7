package org.storybot.text;

import java.util.ArrayList;
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
 * The extJWNL dictionaries behind {@link Lexicon}, and every look-up in them. extJWNL is not
 * thread-safe, so each touch of its objects holds the lock of the dictionary they came from, and a
 * look-up parses WordNet's lines under that lock: with one dictionary per core (each about 4 MB of
 * heap when opened, see {@link WordNetFiles}) questions asked together look words up side by side
 * instead of in turn. Remembers nothing: {@link Lexicon} caches the answers.
 */
final class WordNet {

    /**
     * A word with more senses than this (make 49, take 42, give 44, hold 36, run 41) is too vague to
     * stand for another: it never joins a word's related forms, though it keeps its own.
     */
    private static final int VAGUE_SENSES = 24;
    /** Verbs that mostly carry tense or mood ("had been diagnosed"): never another word's synonym or derivation. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "can", "will", "shall", "may", "must");

    /** Dictionaries opened side by side; at most this many. */
    private static final int MAX_DICTIONARIES = 4;

    private final List<Dictionary> dictionaries;
    /** Which words are vague, by part of speech: few thousand words, read once each. */
    private final java.util.Map<String, Boolean> vague = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param folder where WordNet's files are kept on disk (see {@link WordNetFiles}), or null to read them from the jar */
    WordNet(java.nio.file.Path folder) {
        try {
            dictionaries = WordNetFiles.open(folder, Math.min(MAX_DICTIONARIES, Runtime.getRuntime().availableProcessors()));
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet from the class path", e);
        }
    }

    /** The dictionary this thread looks words up in: threads spread over them, each keeps to one. */
    private Dictionary dictionary() {
        return dictionaries.get((int) (Thread.currentThread().getId() % dictionaries.size()));
    }

    /** The base forms WordNet gives for lower-case {@code w} as {@code pos}, lower case; empty when it has none. */
    Set<String> baseForms(String w, Lexicon.Pos pos) {
        Set<String> forms = new LinkedHashSet<>();
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            try {
                for (Object form : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos(pos), w)) {
                    forms.add(form.toString().toLowerCase(Locale.ROOT));
                }
            } catch (JWNLException | RuntimeException e) {
                // an odd word is simply its own base form
            }
        }
        return forms;
    }

    List<Synset> senses(String word, Lexicon.Pos pos, int max) {
        Dictionary dictionary = dictionary();
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
    Set<String> closure(Synset sense) {
        Set<String> lemmas = new HashSet<>();
        List<Synset> todo = new ArrayList<>(List.of(sense));
        Set<Synset> seen = new HashSet<>();
        synchronized (sense.getDictionary()) {
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

    /**
     * Adds to {@code out} the words of what {@code sense} causes or entails, and their derivations,
     * leaving out vague words and auxiliaries.
     */
    void addConsequences(Synset sense, Set<String> out) {
        for (Pointer p : pointers(sense, PointerType.CAUSE, PointerType.ENTAILMENT)) {
            Synset target = synset(p);
            if (target != null) {
                addWords(target, out);
                addDerivations(target, out);
            }
        }
    }

    /** Adds to {@code out} the lemmas, lower case, of the opposites WordNet gives for the words of {@code sense}. */
    void addAntonyms(Synset sense, Set<String> out) {
        synchronized (sense.getDictionary()) {
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

    /** Whether {@code sense} is an instance (a named person, place, thing) rather than a class. */
    boolean isInstance(Synset sense) {
        synchronized (sense.getDictionary()) {
            return !sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
        }
    }

    /**
     * Whether WordNet writes noun {@code word} (lower case), or its base form ("presidents"), in lower
     * case in {@code sense}: "warren" the tunnels, not "Kansas" the people.
     */
    boolean inLowerCase(Synset sense, String word) {
        Set<String> forms = baseForms(word, Lexicon.Pos.NOUN);
        forms.add(word);
        synchronized (sense.getDictionary()) {
            for (Word w : sense.getWords()) {
                if (forms.contains(w.getLemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of adjective {@code sense} pertains to a noun ("presidential" to "president"). */
    boolean hasPertainym(Synset sense) {
        synchronized (sense.getDictionary()) {
            for (Word w : sense.getWords()) {
                if (!w.getPointers(PointerType.PERTAINYM).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Pointer> pointers(Synset sense, PointerType... types) {
        List<Pointer> out = new ArrayList<>();
        synchronized (sense.getDictionary()) {
            for (PointerType type : types) {
                out.addAll(sense.getPointers(type));
            }
        }
        return out;
    }

    /** Adds to {@code out} the lemmas of {@code sense}, lower case, leaving out vague words and auxiliaries. */
    void addWords(Synset sense, Set<String> out) {
        synchronized (sense.getDictionary()) {
            for (Word w : sense.getWords()) {
                String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                if (!vague(lemma, w.getPOS(), sense.getDictionary())) {
                    out.add(lemma);
                }
            }
        }
    }

    private boolean vague(String lemma, POS pos, Dictionary dictionary) {
        if (AUXILIARIES.contains(lemma)) {
            return true;
        }
        return vague.computeIfAbsent(pos.getKey() + ":" + lemma, k -> {
            try {
                IndexWord entry = dictionary.getIndexWord(pos, lemma);
                // counted from the index line: loading 49 senses of "make" to count them would read 49 records
                return entry != null && entry.getSynsetOffsets().length > VAGUE_SENSES;
            } catch (JWNLException | RuntimeException e) {
                return false;
            }
        });
    }

    /** Adds to {@code out} the words derived from those of {@code sense}, lower case, leaving out vague words. */
    void addDerivations(Synset sense, Set<String> out) {
        synchronized (sense.getDictionary()) {
            for (Word w : sense.getWords()) {
                for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                    if (target(p) instanceof Word derived && !vague(derived.getLemma(), derived.getPOS(), sense.getDictionary())) {
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
        synchronized (p.getSource().getSynset().getDictionary()) {
            try {
                return p.getTargetSynset();
            } catch (JWNLException e) {
                return null;
            }
        }
    }

    private static POS pos(Lexicon.Pos pos) {
        return switch (pos) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case ADVERB -> POS.ADVERB;
        };
    }
}
