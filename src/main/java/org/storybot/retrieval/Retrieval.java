package org.storybot.retrieval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.storybot.text.Words;

/**
 * The outcome of retrieving for one query: the paragraphs found, best first; the query's terms
 * (as the word index analyses them) with their weights (inverse document frequency over the
 * library); and which of the query's words the stories in scope mention at all. Taken from one
 * version of the library: it holds no live reference into it.
 */
public record Retrieval(String query, float[] queryVector, Map<String, Double> termWeights, List<Evidence> paragraphs,
        Map<String, Boolean> mentioned) {

    public Retrieval {
        termWeights = Collections.unmodifiableMap(new LinkedHashMap<>(termWeights));
        paragraphs = List.copyOf(paragraphs);
        mentioned = Map.copyOf(mentioned);
    }

    /**
     * Whether the stories in scope mention {@code word}, a name or number of the query (a word, as
     * {@link Words} reads it, with a capital or a digit), in the version retrieved from. Other
     * words count as mentioned.
     */
    public boolean mentions(String word) {
        return mentioned.getOrDefault(word, true);
    }

    public List<String> queryTerms() {
        return List.copyOf(termWeights.keySet());
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /**
     * Every sentence of the retrieved paragraphs, best first: a sentence ranks by its own match and
     * by its paragraph's, so a good sentence in a good paragraph leads.
     */
    public List<SentenceHit> sentences() {
        List<SentenceHit> hits = new ArrayList<>();
        double top = paragraphs.isEmpty() ? 1 : Math.max(1e-9, paragraphs.get(0).score());
        for (Evidence e : paragraphs) {
            for (SentenceEvidence s : e.sentences()) {
                hits.add(new SentenceHit(e, s, 0.5 * s.score() + 0.5 * e.score() / top));
            }
        }
        hits.sort(Comparator.comparingDouble(SentenceHit::score).reversed());
        return hits;
    }
}
