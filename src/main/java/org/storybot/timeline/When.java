package org.storybot.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a dated event happened: the first day of the period a date expression names and how long that
 * period is (a day, a week from its Monday, a month, a year); {@code date} is null when the expression
 * could not be placed on the calendar ("two days later", or "on Monday" in a story without a date).
 */
public record When(LocalDate date, Precision precision) {

    /** How long a period the date names. */
    public enum Precision {
        DAY, WEEK, MONTH, YEAR;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public When {
        if (date != null && precision == null) {
            throw new IllegalArgumentException("a date needs its precision");
        }
    }

    static When unresolved() {
        return new When(null, null);
    }

    public boolean resolved() {
        return date != null;
    }

    /** The date as ISO {@code YYYY-MM-DD} (the period's first day), or null. */
    public String iso() {
        return date == null ? null : date.toString();
    }

    /** The date as readers see it: "2017-01-10", "week of 2017-01-09", "March 2017", "2016"; null when unresolved. */
    public String label() {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case WEEK -> "week of " + date;
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
