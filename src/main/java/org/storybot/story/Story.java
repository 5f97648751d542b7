package org.storybot.story;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article, the unit of ingestion. Paragraph numbers run 1..n and are what citations show.
 *
 * @param authors the byline's names, joined by {@link Authors#join}; null when unknown
 * @param language a BCP 47 tag ("en-GB") when the source says, else null
 * @param lean the outlet's political lean or bias rating as the article's metadata gives it ("Left",
 *     "Center"), else null
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
        String language,
        String lean,
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

    /** A story whose source names no language. */
    public Story(String id, String title, String date, String authors, String source, String url,
            List<Paragraph> paragraphs, String contentHash) {
        this(id, title, date, authors, source, url, null, null, paragraphs, contentHash);
    }

    /** A story whose source gives no lean. */
    public Story(String id, String title, String date, String authors, String source, String url, String language,
            List<Paragraph> paragraphs, String contentHash) {
        this(id, title, date, authors, source, url, language, null, paragraphs, contentHash);
    }

    /** The same story under another id. */
    public Story withId(String other) {
        return new Story(other, title, date, authors, source, url, language, lean, paragraphs, contentHash);
    }

    public Paragraph paragraph(int number) {
        return paragraphs.get(number - 1);
    }

    public int sentenceCount() {
        return paragraphs.stream().mapToInt(p -> p.sentences().size()).sum();
    }
}
