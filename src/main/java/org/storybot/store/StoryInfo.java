package org.storybot.store;

import java.time.OffsetDateTime;

/** What the library knows of a story without its text. */
public record StoryInfo(
        String id,
        String title,
        String date,
        String authors,
        String source,
        String url,
        String language,
        int paragraphs,
        String contentHash,
        OffsetDateTime ingestedAt) {
}
