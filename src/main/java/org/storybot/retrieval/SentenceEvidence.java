package org.storybot.retrieval;

import org.storybot.store.StoredParagraph.StoredSentence;

/**
 * A sentence of a retrieved paragraph with how well it matches the question: {@code dense} is the
 * cosine of its vector to the question's, {@code lexical} its BM25 score normalised to 0..1 across
 * the candidates, {@code score} the blend used to rank sentences.
 */
public record SentenceEvidence(StoredSentence sentence, double score, double dense, double lexical) {

    public int index() {
        return sentence.index();
    }

    public String text() {
        return sentence.text();
    }
}
