package org.storybot.answer;

import java.util.Locale;
import java.util.Objects;

/**
 * The short answer an answer states before its quotes: "The President" (a person), "six
 * predominantly Muslim countries" (a number), "No" (yes or no). Always words of the quoted
 * sentence, or Yes/No.
 */
public record ShortAnswer(String text, Kind kind) {

    /** What kind of thing the short answer is. */
    public enum Kind {
        PERSON, NUMBER, DATE, PLACE, NAME, ROLE, YES_NO;

        /** The kind as stored and printed: "person", "yes-no". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The kind a {@link #label()} names, or null for none. */
        public static Kind ofLabel(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label)) {
                    return k;
                }
            }
            return null;
        }
    }

    public ShortAnswer {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a short answer has words");
        }
    }
}
