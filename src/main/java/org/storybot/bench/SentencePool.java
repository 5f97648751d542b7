package org.storybot.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryVectors;
import org.storybot.story.Paragraph;
import org.storybot.story.Story;

/**
 * Real sentences with their real embeddings, gathered from the shared corpora, and the shapes of
 * the real stories they came from (paragraphs per story, sentences per paragraph): the material
 * synthetic libraries are mixed from.
 */
final class SentencePool {

    /** A sentence and its embedding as storybot computed it at ingest. */
    record Pooled(String text, float[] vector) {
    }

    private final List<Pooled> sentences = new ArrayList<>();
    private final List<Integer> paragraphsPerStory = new ArrayList<>();
    private final List<Integer> sentencesPerParagraph = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** Adds a stored story's sentences, with the vectors it was stored with. */
    void add(StoredStory story) {
        paragraphsPerStory.add(story.paragraphs().size());
        titles.add(story.title());
        for (StoredParagraph p : story.paragraphs()) {
            sentencesPerParagraph.add(p.sentences().size());
            for (StoredParagraph.StoredSentence s : p.sentences()) {
                add(s.text(), s.vector());
            }
        }
    }

    /** Adds a story embedded without being stored. */
    void add(Story story, StoryVectors vectors) {
        paragraphsPerStory.add(story.paragraphs().size());
        titles.add(story.title());
        for (Paragraph p : story.paragraphs()) {
            sentencesPerParagraph.add(p.sentences().size());
            List<float[]> own = vectors.sentences().get(p.number() - 1);
            for (int i = 0; i < p.sentences().size(); i++) {
                add(p.sentences().get(i).text(), own.get(i));
            }
        }
    }

    private void add(String text, float[] vector) {
        if (seen.add(text)) {
            sentences.add(new Pooled(text, vector.clone()));
        }
    }

    int size() {
        return sentences.size();
    }

    int stories() {
        return paragraphsPerStory.size();
    }

    List<Pooled> sentences() {
        return List.copyOf(sentences);
    }

    List<Integer> paragraphsPerStory() {
        return List.copyOf(paragraphsPerStory);
    }

    List<Integer> sentencesPerParagraph() {
        return List.copyOf(sentencesPerParagraph);
    }

    List<String> titles() {
        return List.copyOf(titles);
    }
}
