package org.storybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.answer.Asked.Term;
import org.storybot.text.Lexicon;
import org.storybot.text.Lexicon.Pos;
import org.storybot.text.Ordered;

/**
 * The content words of a question, each with the forms that support it in a sentence (WordNet's
 * base forms, synonyms, derivations) and a weight by part of speech; a phrase WordNet knows as one
 * ("put to death", "death penalty") is one word.
 */
final class ContentWords {

    /** Tags of words that carry no content of their own (Universal Dependencies closed classes). */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT",
            "SYM", "NUM", "INTJ", "X");
    /** Verbs that only carry tense or link a subject: never what a question turns on. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get", "become", "happen", "seem", "go", "let");
    /** Words a question uses to frame its gap, not content an answer must hold. */
    private static final Set<String> FRAME = Set.of("name", "names", "kind", "type", "sort", "story", "article", "today",
            "now", "exactly", "so", "far", "still", "ever", "first", "also", "really", "actually");
    private static final Set<String> WH_WORDS = Set.of("who", "whom", "whose", "when", "where", "why", "how", "what", "which");
    private static final double VERB_WEIGHT = 1.0;
    private static final double NOUN_WEIGHT = 1.0;
    private static final double ADJECTIVE_WEIGHT = 0.6;
    private static final double ADVERB_WEIGHT = 0.3;
    private static final double LIGHT_WEIGHT = 0.2;

    /** Conjunctions that open a clause of time: "... after she was found", "... before he died". */
    private static final Set<String> TEMPORAL = Set.of("after", "before", "when", "while", "until", "since");

    private final Lexicon lexicon;
    private final double settingWeight;

    /** @param settingWeight what a word of a closing clause of time counts, against the others (see {@link OfflineTuning}) */
    ContentWords(Lexicon lexicon, double settingWeight) {
        this.lexicon = lexicon;
        this.settingWeight = settingWeight;
    }

    /** Content words: not names (checked on their own), not function words, not the question's frame. */
    List<Term> of(List<Tagger.Token> tokens, List<String> names, String subject, String focus) {
        Set<String> nameWords = new LinkedHashSet<>();
        names.forEach(n -> nameWords.add(n.toLowerCase(Locale.ROOT)));
        if (subject != null) {
            for (String w : subject.split("\\s+")) {
                nameWords.add(w.toLowerCase(Locale.ROOT));
            }
        }
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int setting = settingStart(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            String word = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!t.isWord() || FUNCTION_TAGS.contains(t.tag()) || WH_WORDS.contains(word) || FRAME.contains(word)
                    || nameWords.contains(word.replaceAll("'s$", "")) || !seen.add(word)
                    || i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("how") || word.equals(focus) && t.tag().equals("VERB")
                    || QuestionReader.AUXILIARY.matcher(word).matches()) {
                continue; // "how many", "how old" say what kind of answer is wanted, as "who" does
            }
            Pos pos = switch (t.tag()) {
                case "VERB" -> Pos.VERB;
                case "ADJ" -> Pos.ADJECTIVE;
                case "ADV" -> Pos.ADVERB;
                default -> Pos.NOUN;
            };
            // A word WordNet knows only with the next ones ("put to death", "call off", "death penalty") is one term.
            for (int length = 3; length >= 2; length--) {
                String joined = joined(tokens, i, length, pos);
                if (joined != null) {
                    word = joined;
                    pos = pos == Pos.VERB ? Pos.VERB : Pos.NOUN;
                    i += length - 1;
                    break;
                }
            }
            Set<String> forms = new LinkedHashSet<>();
            forms.add(word);
            boolean light = false;
            for (String base : lexicon.baseForms(word, pos)) {
                light |= pos == Pos.VERB && LIGHT_VERBS.contains(base);
                forms.addAll(lexicon.related(base, pos));
            }
            double weight = light ? LIGHT_WEIGHT : switch (pos) {
                case VERB -> VERB_WEIGHT;
                case ADJECTIVE -> ADJECTIVE_WEIGHT;
                case ADVERB -> ADVERB_WEIGHT;
                case NOUN -> NOUN_WEIGHT;
            };
            if (i >= setting) {
                weight *= settingWeight; // the scene the question sets: the answer's sentence need not repeat it
            }
            terms.add(new Term(word, pos, Ordered.set(forms), weight, pos == Pos.VERB && !light));
        }
        return terms;
    }

    /**
     * Where a closing clause of time begins ("who took the dog in | after she was found?"): a
     * conjunction of time after the question's first words with a verb after it (not "after the
     * vote", a phrase); the tokens' end when there is none.
     */
    private static int settingStart(List<Tagger.Token> tokens) {
        for (int i = 2; i < tokens.size(); i++) {
            if (TEMPORAL.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                for (int j = i + 1; j < tokens.size() && tokens.get(j).isWord(); j++) {
                    if (tokens.get(j).tag().equals("VERB") || tokens.get(j).tag().equals("AUX")) {
                        return i;
                    }
                }
            }
        }
        return tokens.size();
    }

    /** The words from {@code i} on, {@code length} of them, the first as its base form, when WordNet knows them as one. */
    private String joined(List<Tagger.Token> tokens, int i, int length, Pos pos) {
        if (i + length > tokens.size() || pos != Pos.VERB && pos != Pos.NOUN && pos != Pos.ADJECTIVE) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        for (int j = i + 1; j < i + length; j++) {
            Tagger.Token t = tokens.get(j);
            if (!t.isWord() || Character.isUpperCase(t.text().charAt(0))) {
                return null;
            }
            rest.append(' ').append(t.text().toLowerCase(Locale.ROOT));
        }
        Pos as = pos == Pos.VERB ? Pos.VERB : Pos.NOUN;
        if (as == Pos.NOUN && !tokens.get(i + length - 1).isNoun()) {
            return null;
        }
        String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
        for (String base : as == Pos.VERB ? lexicon.baseForms(first, Pos.VERB) : Set.of(first)) {
            String candidate = base + rest;
            if (lexicon.knows(candidate, as)) {
                return candidate;
            }
        }
        return null;
    }

}
