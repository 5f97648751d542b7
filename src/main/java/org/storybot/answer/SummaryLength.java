package org.storybot.answer;

import java.util.Locale;

/** How long a summary may be, in words. */
public enum SummaryLength {
    SHORT(60),
    MEDIUM(150),
    LONG(300);

    private final int maxWords;

    SummaryLength(int maxWords) {
        this.maxWords = maxWords;
    }

    public int maxWords() {
        return maxWords;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "short", "medium" or "long", any case; null when it is none of them. */
    public static SummaryLength parse(String text) {
        if (text == null) {
            return null;
        }
        for (SummaryLength length : values()) {
            if (length.label().equalsIgnoreCase(text.strip())) {
                return length;
            }
        }
        return null;
    }
}
