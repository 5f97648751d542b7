package org.storybot.story;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article, the unit of ingestion. Paragraph numbers run 1..n and are what citations show.
 *
 * @param contentHash hash of the cleaned title, metadata, paragraphs and their sentence bounds; equal hashes
 *     mean re-ingesting is a no-op
 */
public record Story(
        String id,
        String title,
        String date,
        String authors,
        String source,
        String url,
        List<Paragraph> paragraphs,
        String contentHash) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHash, "contentHash");
        paragraphs = List.copyOf(paragraphs);
        if (id.isBlank()) {
            throw new IllegalArgumentException("story id is blank");
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no paragraphs");
        }
    }

    public Paragraph paragraph(int number) {
        return paragraphs.get(number - 1);
    }

    public int sentenceCount() {
        return paragraphs.stream().mapToInt(p -> p.sentences().size()).sum();
    }
}
