package org.storybot.store;

import java.util.List;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;

/** A whole story as stored: what the library knows of it and its paragraphs with sentences and vectors. */
public record StoredStory(StoryInfo info, List<StoredParagraph> paragraphs) {

    public StoredStory {
        paragraphs = List.copyOf(paragraphs);
    }

    public String id() {
        return info.id();
    }

    public String title() {
        return info.title();
    }

    /** The story itself, as it was read in, without vectors. */
    public Story story() {
        List<Paragraph> list = paragraphs.stream().map(p -> new Paragraph(p.number(), p.section(), p.text(),
                p.sentences().stream().map(s -> new Sentence(s.index(), s.start(), s.end(), s.text())).toList())).toList();
        return new Story(info.id(), info.title(), info.date(), info.authors(), info.source(), info.url(), info.language(), list,
                info.contentHash());
    }

    /** The paragraphs' vectors, in order (null for a paragraph without one). */
    public List<float[]> paragraphVectors() {
        return paragraphs.stream().map(StoredParagraph::vector).toList();
    }

    /** Each paragraph's sentence vectors, in order. */
    public List<List<float[]>> sentenceVectors() {
        return paragraphs.stream().map(p -> p.sentences().stream().map(StoredParagraph.StoredSentence::vector).toList()).toList();
    }
}
