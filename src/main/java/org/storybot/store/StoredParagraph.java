package org.storybot.store;

import java.util.List;

/**
 * A paragraph read back for retrieval: its text, section, story title, its vector and its sentences
 * with theirs (unit vectors, so a dot product is the cosine; null for the paragraph when it has none).
 */
public record StoredParagraph(
        String storyId,
        String storyTitle,
        int number,
        String section,
        String text,
        float[] vector,
        List<StoredSentence> sentences) {

    public StoredParagraph {
        sentences = List.copyOf(sentences);
    }

    public ParagraphKey key() {
        return new ParagraphKey(storyId, number);
    }

    /** A sentence with its span in the paragraph and its unit embedding. */
    public record StoredSentence(int index, int start, int end, String text, float[] vector) {
    }
}
