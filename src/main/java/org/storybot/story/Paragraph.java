package org.storybot.story;

import java.util.List;

/**
 * A body paragraph. {@code section} is the heading it sits under, or null before the first heading.
 */
public record Paragraph(int number, String section, String text, List<Sentence> sentences) {

    public Paragraph {
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1, got " + number);
        }
        sentences = List.copyOf(sentences);
    }
}
