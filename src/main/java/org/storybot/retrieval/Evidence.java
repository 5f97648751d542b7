package org.storybot.retrieval;

import java.util.Comparator;
import java.util.List;
import org.storybot.store.StoredParagraph;

/**
 * A retrieved paragraph, what retrieval hands on: its fused {@code score}, the parts it was fused
 * from, its rank (1 = best), its sentences ranked best first, and the paragraph after it in its
 * story ({@code next}, null after the last), where an answer may run on: "...secure parliamentary
 * approval." / "That may prove impossible, since his coalition lost its majority".
 */
public record Evidence(
        StoredParagraph paragraph,
        int rank,
        double score,
        double dense,
        double lexical,
        List<SentenceEvidence> sentences,
        StoredParagraph next) {

    public Evidence {
        sentences = List.copyOf(sentences);
    }

    public String storyId() {
        return paragraph.storyId();
    }

    public int number() {
        return paragraph.number();
    }

    public SentenceEvidence bestSentence() {
        return sentences.get(0);
    }

    /** The sentences in the order they appear in the paragraph. */
    public List<SentenceEvidence> sentencesInOrder() {
        return sentences.stream().sorted(Comparator.comparingInt(SentenceEvidence::index)).toList();
    }
}
