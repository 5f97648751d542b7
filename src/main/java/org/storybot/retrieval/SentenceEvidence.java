package org.storybot.retrieval;

import org.storybot.store.StoredParagraph.StoredSentence;

/**
 * A sentence of a retrieved paragraph with how well it matches the question: {@code dense} is the
 * cosine of its vector to the question's, {@code lexical} its BM25 score normalised to 0..1 across
 * the candidates, {@code score} the blend used to rank sentences, and {@code coverage} the share of
 * the question's terms it holds, each weighted by its rarity (inverse document frequency).
 */
public record SentenceEvidence(StoredSentence sentence, double score, double dense, double lexical, double coverage) {

    public int index() {
        return sentence.index();
    }

    public String text() {
        return sentence.text();
    }
}
