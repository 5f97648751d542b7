package org.storybot.text;

import java.util.Set;

/** How much two sets of words share: the one definition of word overlap (Jaccard). */
public final class WordSets {

    private WordSets() {
    }

    /** The words both hold over the words either holds; 0 when either is empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long both = a.stream().filter(b::contains).count();
        return (double) both / (a.size() + b.size() - both);
    }
}
