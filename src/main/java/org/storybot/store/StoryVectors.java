package org.storybot.store;

import java.util.List;
import org.storybot.story.Story;

/**
 * Embeddings of a story, computed once at ingest: one per paragraph and one per sentence, in the
 * story's order ({@code sentences.get(p).get(s)} is sentence s+1 of paragraph p+1).
 */
public record StoryVectors(List<float[]> paragraphs, List<List<float[]>> sentences) {

    public StoryVectors {
        paragraphs = List.copyOf(paragraphs);
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    void checkFits(Story story) {
        if (paragraphs.size() != story.paragraphs().size() || sentences.size() != story.paragraphs().size()) {
            throw new IllegalArgumentException("vectors do not match the paragraphs of story " + story.id());
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            if (sentences.get(p).size() != story.paragraphs().get(p).sentences().size()) {
                throw new IllegalArgumentException("vectors do not match the sentences of paragraph " + (p + 1)
                        + " of story " + story.id());
            }
        }
    }
}
