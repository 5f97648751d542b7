package org.storybot.timeline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storybot.text.WordForms;

/**
 * Places a date expression on the calendar, with java.time's own month and weekday names: absolute
 * ones ("June 8, 2017", "March 2017", "in 2016") as they are; "on May 17" in the story's year;
 * relative ones ("on Monday", "yesterday", "last week", "earlier this month", "in March of this year",
 * "two days ago") against the story's date. A weekday is the one on or before the story's date, or on
 * or after it when the sentence speaks of the future ("will testify on Tuesday"). Relative to another
 * event ("two days later", "the next day"), or with no story date to count from, it stays unresolved.
 * Empty for what is no calendar date: a clock time alone, a decade, a century, a length of time.
 */
final class DateResolver {

    /** Days a month-and-day without a year may lie past the story's date before it is taken as last year's. */
    private static final int SLACK_DAYS = 31;

    private DateResolver() {
    }

    static Optional<When> resolve(String asStated, LocalDate storyDate, boolean future) {
        List<String> words = Arrays.stream(asStated.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s,]+"))
                .map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "")).filter(w -> !w.isEmpty()).toList();
        if (words.stream().anyMatch(w -> w.matches("'?\\d{2,4}s|centur(y|ies)|decades?"))) {
            return Optional.empty();
        }
        Month month = null;
        Integer day = null;
        Integer year = null;
        DayOfWeek weekday = null;
        for (String w : words) {
            month = month == null ? month(w) : month;
            weekday = weekday == null ? weekday(w) : weekday;
            if (w.matches("\\d{1,2}(st|nd|rd|th)?") && Integer.parseInt(WordForms.digits(w)) <= 31) {
                day = Integer.parseInt(WordForms.digits(w));
            } else if (w.matches("1[5-9]\\d\\d|20\\d\\d")) {
                year = Integer.parseInt(w);
            }
        }
        boolean thisYear = asStated.matches("(?i).*\\bthis year\\b.*");
        if (month != null) {
            if (year == null && storyDate != null) {
                year = storyDate.getYear() + (asStated.matches("(?i).*\\blast year\\b.*") ? -1 : 0)
                        + (asStated.matches("(?i).*\\bnext year\\b.*") ? 1 : 0);
                if (!thisYear && year == storyDate.getYear()) {
                    LocalDate guess = LocalDate.of(year, month, 1);
                    if (!future && guess.isAfter(storyDate.plusDays(SLACK_DAYS))) {
                        year--;
                    } else if (future && guess.plusMonths(1).isBefore(storyDate.minusDays(SLACK_DAYS))) {
                        year++;
                    }
                }
            }
            if (year == null) {
                return Optional.of(When.unresolved());
            }
            if (day == null) {
                return Optional.of(new When(LocalDate.of(year, month, 1), When.Precision.MONTH));
            }
            try {
                return Optional.of(new When(LocalDate.of(year, month, day), When.Precision.DAY));
            } catch (DateTimeException e) {
                return Optional.of(When.unresolved()); // "February 30"
            }
        }
        if (year != null) {
            return Optional.of(new When(LocalDate.of(year, 1, 1), When.Precision.YEAR));
        }
        return relative(words, storyDate, future, weekday);
    }

    private static Optional<When> relative(List<String> words, LocalDate d, boolean future, DayOfWeek weekday) {
        boolean last = words.contains("last");
        boolean next = words.contains("next") || words.contains("coming");
        boolean aroundNow = words.contains("this") || words.contains("today") || words.contains("tonight");
        if (weekday != null) {
            if (d == null) {
                return Optional.of(When.unresolved());
            }
            LocalDate date = d.with(last ? TemporalAdjusters.previous(weekday) : next ? TemporalAdjusters.next(weekday)
                    : future ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.previousOrSame(weekday));
            return day(date);
        }
        int dayShift = words.contains("yesterday") ? -1 : words.contains("tomorrow") ? 1 : aroundNow && !hasUnit(words) ? 0 : 99;
        if (dayShift != 99) {
            return d == null ? Optional.of(When.unresolved()) : day(d.plusDays(dayShift));
        }
        String unit = words.stream().filter(DateResolver::isUnit).findFirst().orElse(null);
        if (unit == null) {
            return Optional.empty(); // a clock time alone: "2 a.m."
        }
        if (d == null || next && words.contains("the") || words.stream().anyMatch(w -> w.matches("later|earlier|before|after|following|previous|same|ago")
                && !aroundNow && !w.equals("ago"))) {
            return Optional.of(When.unresolved()); // "two days later", "the next day": counted from another event
        }
        int shift;
        if (words.contains("ago")) {
            int n = count(words);
            shift = n == 0 && !unit.endsWith("s") ? -1 : -n; // "a month ago", and "month ago" from "less than a month ago"
            if (shift == 0) {
                return Optional.of(When.unresolved());
            }
        } else if (aroundNow) {
            shift = 0;
        } else if (last || next) {
            shift = last ? -1 : 1;
        } else {
            return Optional.empty(); // "two years": a length of time, not a date
        }
        String u = unit.replaceAll("s$", "");
        return switch (u) {
            case "day" -> day(d.plusDays(shift));
            case "night", "evening", "morning", "afternoon" -> day(d.plusDays(shift));
            case "weekend" -> day(d.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)));
            case "week" -> Optional.of(new When(d.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    When.Precision.WEEK));
            case "month" -> Optional.of(new When(d.plusMonths(shift).withDayOfMonth(1), When.Precision.MONTH));
            case "year" -> Optional.of(new When(d.plusYears(shift).withDayOfYear(1), When.Precision.YEAR));
            default -> Optional.of(When.unresolved()); // a season
        };
    }

    private static Optional<When> day(LocalDate date) {
        return Optional.of(new When(date, When.Precision.DAY));
    }

    private static boolean hasUnit(List<String> words) {
        return words.stream().anyMatch(DateResolver::isUnit);
    }

    private static boolean isUnit(String w) {
        return w.matches("days?|weeks?|weekends?|months?|years?|night|evening|morning|afternoon|spring|summer|autumn|fall|winter");
    }

    /** The count before the unit: "two days ago", "3 weeks ago", "a year ago". */
    private static int count(List<String> words) {
        for (String w : words) {
            if (w.matches("\\d+")) {
                return Integer.parseInt(w);
            }
            if (w.equals("a") || w.equals("an")) {
                return 1;
            }
            String value = WordForms.valueOf(w);
            if (value != null) {
                return Integer.parseInt(value);
            }
        }
        return 0;
    }

    private static Month month(String w) {
        String word = w.replace(".", "");
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(word) || word.length() >= 3 && word.length() <= 4 && full.startsWith(word)) {
                return m;
            }
        }
        return null;
    }

    private static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(w)) {
                return d;
            }
        }
        return null;
    }
}
