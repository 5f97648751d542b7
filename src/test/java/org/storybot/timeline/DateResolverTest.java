package org.storybot.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date expressions placed on the calendar against a story dated Thursday 8 June 2017. */
class DateResolverTest {

    private static final LocalDate STORY = LocalDate.of(2017, 6, 8);

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "on Monday|2017-06-05|DAY|false",
        "on Thursday|2017-06-08|DAY|false",
        "last Thursday|2017-06-01|DAY|false",
        "on Tuesday|2017-06-13|DAY|true",
        "yesterday|2017-06-07|DAY|false",
        "tomorrow|2017-06-09|DAY|false",
        "last night|2017-06-07|DAY|false",
        "last week|2017-05-29|WEEK|false",
        "this week|2017-06-05|WEEK|false",
        "next week|2017-06-12|WEEK|true",
        "earlier this month|2017-06-01|MONTH|false",
        "last month|2017-05-01|MONTH|false",
        "in March of this year|2017-03-01|MONTH|false",
        "on May 17|2017-05-17|DAY|false",
        "Feb. 3|2017-02-03|DAY|false",
        "in December|2016-12-01|MONTH|false",
        "June 8, 2017|2017-06-08|DAY|false",
        "March 2017|2017-03-01|MONTH|false",
        "in 2016|2016-01-01|YEAR|false",
        "last year|2016-01-01|YEAR|false",
        "two days ago|2017-06-06|DAY|false",
        "month ago|2017-05-01|MONTH|false",
    })
    void should_place_a_date_expression_against_the_story_date(String stated, String date, When.Precision precision, boolean future) {
        When when = DateResolver.resolve(stated, STORY, future).orElseThrow();

        assertThat(when.date()).isEqualTo(LocalDate.parse(date));
        assertThat(when.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0} stays as stated")
    @CsvSource({"two days later", "the next day", "weeks earlier"})
    void should_leave_a_date_counted_from_another_event_unresolved(String stated) {
        assertThat(DateResolver.resolve(stated, STORY, false)).contains(When.unresolved());
    }

    @ParameterizedTest(name = "{0} without a story date")
    @CsvSource({"on Monday", "last week", "on May 17", "in March of this year", "yesterday"})
    void should_leave_relative_dates_unresolved_without_a_story_date(String stated) {
        assertThat(DateResolver.resolve(stated, null, false)).contains(When.unresolved());
    }

    @ParameterizedTest(name = "{0} is no date")
    @CsvSource({"2 a.m.", "the 1980s", "the 10th century", "two years"})
    void should_not_take_a_clock_time_or_a_length_for_a_date(String stated) {
        assertThat(DateResolver.resolve(stated, STORY, false)).isEqualTo(Optional.empty());
    }

    @org.junit.jupiter.api.Test
    void should_keep_absolute_dates_without_a_story_date() {
        assertThat(DateResolver.resolve("June 8, 2017", null, false)).contains(new When(STORY, When.Precision.DAY));
        assertThat(DateResolver.resolve("in 2016", null, false)).contains(new When(LocalDate.of(2016, 1, 1), When.Precision.YEAR));
    }
}
