package org.storybot.feed;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.storybot.store.FollowedFeed;

/**
 * When a feed is due for polling again: every {@code every}, and after errors in a row, after
 * twice as long for each (every, 2x, 4x, ...), but never longer than {@code cap}.
 */
record Backoff(Duration every, Duration cap) {

    Backoff {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        if (cap.compareTo(every) < 0) {
            throw new IllegalArgumentException("cap must be at least every: " + cap);
        }
    }

    /** How long to wait after a poll that left {@code failures} errors in a row. */
    Duration wait(int failures) {
        Duration wait = every;
        for (int i = 0; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** Whether {@code feed} is due at {@code now}: never polled, in good health, or its wait after errors is over. */
    boolean due(FollowedFeed feed, OffsetDateTime now) {
        if (feed.polledAt() == null || feed.failures() == 0) {
            return true;
        }
        // half a period of slack: the poller's ticks come every period, a little late or early
        return !now.plus(every.dividedBy(2)).isBefore(feed.polledAt().plus(wait(feed.failures())));
    }
}
