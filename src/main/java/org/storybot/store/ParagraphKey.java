package org.storybot.store;

/** Names one paragraph of the library: the story and the paragraph number citations show. */
public record ParagraphKey(String storyId, int number) {

    String embeddingId() {
        return storyId + "#" + number;
    }
}
