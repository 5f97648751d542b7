package org.storybot.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.storybot.store.FollowedFeed;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(15), Duration.ofHours(2));
    private static final OffsetDateTime POLLED = OffsetDateTime.of(2026, 12, 2, 3, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"0, 15", "1, 30", "2, 60", "3, 120", "4, 120", "50, 120"})
    void should_wait_twice_as_long_after_each_error_up_to_the_cap(int failures, long minutes) {
        assertThat(BACKOFF.wait(failures)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void should_poll_a_healthy_or_new_feed_at_every_tick_and_a_failing_one_when_its_wait_is_over() {
        assertThat(BACKOFF.due(feed(null, 0), POLLED)).isTrue();
        assertThat(BACKOFF.due(feed(POLLED, 0), POLLED.plusMinutes(1))).isTrue();
        assertThat(BACKOFF.due(feed(POLLED, 2), POLLED.plusMinutes(15))).isFalse();
        assertThat(BACKOFF.due(feed(POLLED, 2), POLLED.plusMinutes(30))).isFalse();
        assertThat(BACKOFF.due(feed(POLLED, 2), POLLED.plusMinutes(59))).isTrue(); // a tick a little early still counts
        assertThat(BACKOFF.due(feed(POLLED, 9), POLLED.plusMinutes(120))).isTrue();
    }

    @Test
    void should_refuse_a_period_that_is_not_positive_or_a_cap_below_it() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1))).hasMessageContaining("every must be positive");
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1))).hasMessageContaining("cap must be at least");
    }

    private static FollowedFeed feed(OffsetDateTime polled, int failures) {
        return new FollowedFeed("https://news.example/rss", "https://news.example/rss", "News", null, null, POLLED.minusDays(1),
                polled, failures, failures == 0 ? null : "the server answered 503");
    }
}
