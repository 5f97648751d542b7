package org.storybot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.storybot.support.StepClock;

class RateLimiterTest {

    private final StepClock clock = new StepClock();

    @Test
    void should_allow_five_questions_a_minute_then_say_how_long_to_wait() {
        RateLimiter limiter = RateLimiter.perMinute(5, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Allowed.class);
            clock.advance(Duration.ofSeconds(2));
        }

        RateLimiter.Decision sixth = limiter.tryAcquire("alice");

        assertThat(sixth).isInstanceOf(RateLimiter.Decision.Limited.class);
        RateLimiter.Decision.Limited limited = (RateLimiter.Decision.Limited) sixth;
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(50));
        assertThat(limited.retryAfterSeconds()).isEqualTo(50);
    }

    @Test
    void should_allow_again_once_the_oldest_question_leaves_the_window() {
        RateLimiter limiter = RateLimiter.perMinute(2, clock);
        limiter.tryAcquire("alice");
        clock.advance(Duration.ofSeconds(30));
        limiter.tryAcquire("alice");
        assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Limited.class);

        clock.advance(Duration.ofSeconds(30));

        assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Allowed.class);
        assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Limited.class);
    }

    @Test
    void should_keep_each_key_to_its_own_budget() {
        RateLimiter limiter = RateLimiter.perMinute(1, clock);

        assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Allowed.class);
        assertThat(limiter.tryAcquire("bob")).isInstanceOf(RateLimiter.Decision.Allowed.class);
        assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Limited.class);
    }

    @Test
    void should_not_count_refused_attempts_against_the_budget() {
        RateLimiter limiter = RateLimiter.perMinute(1, clock);
        limiter.tryAcquire("alice");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(5));
            limiter.tryAcquire("alice");
        }

        clock.advance(Duration.ofSeconds(10));

        assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Allowed.class);
    }

    @Test
    void should_check_without_recording() {
        RateLimiter limiter = RateLimiter.perMinute(1, clock);

        assertThat(limiter.check("alice")).isInstanceOf(RateLimiter.Decision.Allowed.class);
        assertThat(limiter.check("alice")).isInstanceOf(RateLimiter.Decision.Allowed.class);
        assertThat(limiter.tryAcquire("alice")).isInstanceOf(RateLimiter.Decision.Allowed.class);
        assertThat(limiter.check("alice")).isInstanceOf(RateLimiter.Decision.Limited.class);
    }

    @Test
    void should_round_a_part_second_wait_up_to_a_whole_second() {
        RateLimiter limiter = RateLimiter.perMinute(1, clock);
        limiter.tryAcquire("alice");
        clock.advance(Duration.ofMillis(59_700));

        RateLimiter.Decision.Limited limited = (RateLimiter.Decision.Limited) limiter.tryAcquire("alice");

        assertThat(limited.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_limit_below_one() {
        assertThatThrownBy(() -> RateLimiter.perMinute(0, clock)).hasMessageContaining("limit");
    }
}
