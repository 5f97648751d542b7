package org.storybot.compare;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.Vectors;
import org.storybot.text.StoryAnalyzer;
import org.storybot.text.Ordered;

/**
 * What grouping reads of a story: its day, how often it uses each word (stemmed, stop words and
 * numbers out), the surnames of the people it names, and the mean direction of its paragraphs' vectors.
 */
record StoryProfile(StoredStory story, LocalDate day, Map<String, Integer> words, Set<String> names, float[] meaning) {

    static StoryProfile of(StoredStory story, Set<String> surnames) {
        Map<String, Integer> words = new HashMap<>();
        count(words, story.title());
        for (StoredParagraph p : story.paragraphs()) {
            count(words, p.text());
        }
        List<float[]> vectors = story.paragraphVectors().stream().filter(Objects::nonNull).toList();
        return new StoryProfile(story, story.info().day(), Ordered.map(words), Ordered.set(surnames), meanDirection(vectors));
    }

    private static void count(Map<String, Integer> words, String text) {
        for (String term : StoryAnalyzer.terms(text)) {
            if (term.chars().noneMatch(Character::isDigit)) {
                words.merge(term, 1, Integer::sum);
            }
        }
    }

    /** The unit vector of the vectors' sum; null when there are none. */
    private static float[] meanDirection(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return null;
        }
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        return Vectors.normalized(sum);
    }
}
