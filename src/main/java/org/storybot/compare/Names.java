package org.storybot.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storybot.text.PlainWords;
import org.storybot.text.StoryAnalyzer;
import org.storybot.text.WordSets;

/**
 * The names a sentence uses: its words written with a capital, but for its first word and stop words
 * ("The", "In"), as {@link PlainWords} reads them (lower case). Two tellings of one fact name someone
 * else when each names someone the other does not.
 */
final class Names {

    private Names() {
    }

    static Set<String> of(String sentence) {
        Set<String> names = new LinkedHashSet<>();
        List<PlainWords.Word> words = PlainWords.located(sentence);
        for (int i = 1; i < words.size(); i++) {
            PlainWords.Word w = words.get(i);
            if (Character.isUpperCase(sentence.charAt(w.start())) && !StoryAnalyzer.isStopWord(w.text())) {
                names.add(w.text());
            }
        }
        return names;
    }

    /**
     * Whether each names someone or something the other does not while the rest of their words, stop
     * words aside, are nearly the same ({@code sameRest}, Jaccard): one name in another's place.
     */
    static boolean differ(String a, String b, double sameRest) {
        Set<String> inA = of(a);
        Set<String> inB = of(b);
        if (inB.containsAll(inA) || inA.containsAll(inB)) {
            return false;
        }
        return WordSets.jaccard(rest(a, inA), rest(b, inB)) >= sameRest;
    }

    private static Set<String> rest(String sentence, Set<String> names) {
        Set<String> rest = new LinkedHashSet<>();
        for (String w : PlainWords.of(sentence)) {
            if (!names.contains(w) && !StoryAnalyzer.isStopWord(w)) {
                rest.add(w);
            }
        }
        return rest;
    }

    /** Whether every name of {@code sentence} is among the words of {@code text}. */
    static boolean allIn(String sentence, String text) {
        return PlainWords.of(text).containsAll(of(sentence));
    }
}
