package org.storybot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The outcome of retrieving for one query: the paragraphs found, best first, and the query's terms. */
public record Retrieval(String query, float[] queryVector, List<String> queryTerms, List<Evidence> paragraphs) {

    public Retrieval {
        queryTerms = List.copyOf(queryTerms);
        paragraphs = List.copyOf(paragraphs);
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
