package org.storybot.retrieval;

/** A sentence ranked across all retrieved paragraphs, with the paragraph it belongs to. */
public record SentenceHit(Evidence paragraph, SentenceEvidence sentence, double score) {
}
