package org.storybot.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.Synset;

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

    private final WordNet wordNet;
    private final Cache<String, Set<String>> baseForms = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<String>> related = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<Kind>> kinds = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<String>> hypernyms = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Set<String>> consequences = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<String, Boolean> plain = Caffeine.newBuilder().maximumSize(CACHED).build();

    /** WordNet from its files in the user's cache ({@link #defaultFolder()}), copied there on first use. */
    public Lexicon() {
        this(defaultFolder());
    }

    /** @param folder where WordNet's files are kept on disk, or null to read them from the jar into memory */
    public Lexicon(Path folder) {
        wordNet = new WordNet(folder);
    }

    /**
     * {@code $STORYBOT_CACHE_DIR/wordnet-3.1}, else {@code ~/.cache/storybot/wordnet-3.1}: files any
     * library and process may share, as the embedding runtime's native files are shared.
     */
    public static Path defaultFolder() {
        String cache = System.getenv("STORYBOT_CACHE_DIR");
        Path root = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "storybot");
        return root.resolve("wordnet-3.1");
    }

    /** The base forms of {@code word} as {@code pos} ("died" gives "die"); the word itself, lower case, when WordNet has none. */
    public Set<String> baseForms(String word, Pos pos) {
        String w = word.toLowerCase(Locale.ROOT);
        return baseForms.get(pos + ":" + w, k -> {
            Set<String> forms = wordNet.baseForms(w, pos);
            if (forms.isEmpty()) {
                forms.add(w);
            }
            return Ordered.set(forms);
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
            for (Synset sense : wordNet.senses(l, pos, SENSES)) {
                wordNet.addWords(sense, out);
                wordNet.addDerivations(sense, out);
                wordNet.addConsequences(sense, out);
            }
            return Ordered.set(out);
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
            for (Synset sense : wordNet.senses(l, Pos.VERB, SENSES)) {
                wordNet.addConsequences(sense, out);
            }
            return Ordered.set(out);
        });
    }

    /** Base forms of the opposites WordNet gives for {@code lemma} in its commonest senses ("accept": "reject"). */
    public Set<String> antonyms(String lemma, Pos pos) {
        Set<String> out = new LinkedHashSet<>();
        for (Synset sense : wordNet.senses(lemma.toLowerCase(Locale.ROOT), pos, SENSES)) {
            wordNet.addAntonyms(sense, out);
        }
        return out;
    }

    /** The kinds of thing {@code noun} names in its commonest senses; empty when WordNet does not know it. */
    public Set<Kind> kinds(String noun) {
        String n = noun.strip();
        return kinds.get(n, k -> {
            Set<String> above = new HashSet<>();
            for (Synset sense : wordNet.senses(n, Pos.NOUN, KIND_SENSES)) {
                above.addAll(wordNet.closure(sense));
            }
            return kindsAbove(above);
        });
    }

    /**
     * Whether {@code word} is a title that can stand before a person's name: its commonest sense
     * that WordNet writes in lower case names a person ("president", "general", "senator"); not
     * "Rex", a king only with a capital, nor "Dane", nor "James". Only the commonest: "jack" is a
     * sailor in its third sense, and "Jack Goldsmith" no title.
     */
    public boolean isPersonTitle(String word) {
        return namesPerson(word, 1);
    }

    /** Whether one of the commonest senses WordNet writes {@code word} in lower case names a person: "justice", a judge in its third. */
    public boolean canNamePerson(String word) {
        return namesPerson(word, SENSES);
    }

    private boolean namesPerson(String word, int senses) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return known.get("person " + senses + ":" + w, k -> {
            int seen = 0;
            for (Synset sense : wordNet.senses(w, Pos.NOUN, Integer.MAX_VALUE)) {
                if (wordNet.isInstance(sense) || !wordNet.inLowerCase(sense, w)) {
                    continue;
                }
                if (kindsAbove(wordNet.closure(sense)).contains(Kind.PERSON)) {
                    return true;
                }
                if (++seen == senses) {
                    return false;
                }
            }
            return false;
        });
    }

    /**
     * The kinds of thing {@code word} names as a plain noun, not as a name: by its commonest sense
     * when that is no one thing's name ("judge", "Democrat": a person), else by its commonest sense
     * written in lower case ("warren": tunnels, though Earl Warren comes first; "kansas": none, its
     * other senses being a people and their dialect). Empty when it is no plain noun.
     */
    public Set<Kind> plainKinds(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return kinds.get("plain:" + w, k -> {
            List<Synset> senses = wordNet.senses(w, Pos.NOUN, Integer.MAX_VALUE);
            for (int i = 0; i < senses.size(); i++) {
                Synset sense = senses.get(i);
                if (!wordNet.isInstance(sense) && (i == 0 || wordNet.inLowerCase(sense, w))) {
                    return kindsAbove(wordNet.closure(sense));
                }
            }
            return Set.of();
        });
    }

    /**
     * Whether {@code noun}, in its commonest sense, names an idea rather than a thing: "term",
     * "method", "faith", "goal" do; "newspaper", "company", "country" do not.
     */
    public boolean isAbstract(String noun) {
        String n = noun.strip().toLowerCase(Locale.ROOT);
        return known.get("abstract:" + n, k -> {
            Set<String> above = new HashSet<>();
            for (Synset sense : wordNet.senses(n, Pos.NOUN, KIND_SENSES)) {
                above.addAll(wordNet.closure(sense));
            }
            return above.contains("abstraction") && !above.contains("physical entity") && kindsAbove(above).isEmpty();
        });
    }

    /**
     * The kinds of thing a name names, by WordNet's entries for it as a name (its instance senses:
     * "Jordan" the country), never by a plain word spelt alike ("Trump" is no playing card).
     */
    public Set<Kind> nameKinds(String name) {
        String n = name.strip();
        return kinds.get("name:" + n, k -> {
            for (Synset sense : wordNet.senses(n, Pos.NOUN, Integer.MAX_VALUE)) {
                // the commonest of its senses as a name that is a kind of thing at all: "Jordan" the river
                // comes first and is none of them (a body of water), Jordan the country is a place
                Set<Kind> found = wordNet.isInstance(sense) ? kindsAbove(wordNet.closure(sense)) : Set.of();
                if (!found.isEmpty()) {
                    return found;
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
        return Ordered.set(found);
    }

    /** Whether {@code noun}, in one of its commonest senses, is a kind of {@code kind} ("typhus" of "illness"). */
    public boolean isA(String noun, String kind) {
        String n = noun.strip();
        Set<String> above = hypernyms.get(n, k -> {
            Set<String> all = new HashSet<>();
            for (Synset sense : wordNet.senses(n, Pos.NOUN, SENSES)) {
                all.addAll(wordNet.closure(sense));
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
            for (Synset sense : wordNet.senses(a, Pos.ADJECTIVE, SENSES)) {
                if (wordNet.hasPertainym(sense)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Whether WordNet knows {@code word} as {@code pos} at all. */
    public boolean knows(String word, Pos pos) {
        return known.get(pos + ":" + word.toLowerCase(Locale.ROOT), k -> !wordNet.senses(word.toLowerCase(Locale.ROOT), pos, 1).isEmpty());
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
            for (Synset sense : wordNet.senses(w, Pos.NOUN, Integer.MAX_VALUE)) {
                if (!wordNet.isInstance(sense)) {
                    return true;
                }
            }
            return false;
        });
    }
}
