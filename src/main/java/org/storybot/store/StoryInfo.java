package org.storybot.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** What the library knows of a story without its text ({@code lean}: the outlet's lean or bias rating, or null). */
public record StoryInfo(
        String id,
        String title,
        String date,
        String authors,
        String source,
        String url,
        String language,
        String lean,
        int paragraphs,
        String contentHash,
        OffsetDateTime ingestedAt) {

    /** The story's day from its details ("2017-01-10", or the day of a timestamp), or null. */
    public LocalDate day() {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
