package org.storybot.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.storybot.text.Words;

/**
 * Bag-of-words F1 between two texts: their words ({@link Words}, the project's one definition of a
 * word) in lower case, counted with repeats; precision is the share of the first text's words the
 * second holds, recall the reverse.
 */
public final class BagOfWords {

    private BagOfWords() {
    }

    public static double f1(String candidate, String reference) {
        Map<String, Integer> got = bag(candidate);
        Map<String, Integer> want = bag(reference);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        if (overlap == 0) {
            return 0;
        }
        double precision = overlap / (double) size(got);
        double recall = overlap / (double) size(want);
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String word : Words.of(text == null ? "" : text)) {
            bag.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return bag;
    }

    private static int size(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
