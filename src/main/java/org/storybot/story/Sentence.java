package org.storybot.story;

/**
 * A sentence of a paragraph: its 1-based index and its character span [start, end) in the paragraph text.
 */
public record Sentence(int index, int start, int end, String text) {

    public Sentence {
        if (index < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + index + ":" + start + "-" + end);
        }
    }
}
