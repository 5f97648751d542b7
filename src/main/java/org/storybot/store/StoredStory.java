package org.storybot.store;

import java.util.List;

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
}
