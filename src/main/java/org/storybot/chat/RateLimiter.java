package org.storybot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * At most {@code limit} events per key in any sliding window (a member's or a server's question
 * budget). It keeps the time of each recent event per key, so a burst is refused until its oldest
 * event leaves the window, and says how long that takes. The clock is injected, so tests step time
 * instead of waiting. Thread-safe.
 */
public final class RateLimiter {

    /** Whether an event may happen now, and if not, how long until it may. */
    public sealed interface Decision {

        record Allowed() implements Decision {
        }

        record Limited(Duration retryAfter) implements Decision {
            /** Whole seconds to wait, rounded up, at least 1: what a person is told. */
            public long retryAfterSeconds() {
                long seconds = (retryAfter.toMillis() + 999) / 1000;
                return Math.max(1, seconds);
            }
        }
    }

    private static final Decision ALLOWED = new Decision.Allowed();
    /** Keys are swept for idle ones once the map grows past this, so memory stays bounded. */
    private static final int SWEEP_AT = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new HashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** At most {@code perMinute} events per key in any minute. */
    public static RateLimiter perMinute(int perMinute, Clock clock) {
        return new RateLimiter(perMinute, Duration.ofMinutes(1), clock);
    }

    /** Whether an event for {@code key} would be allowed now; records nothing. */
    public synchronized Decision check(String key) {
        return decide(key, clock.instant());
    }

    /** Records an event for {@code key} if it is allowed now; a refused event is not recorded. */
    public synchronized Decision tryAcquire(String key) {
        Instant now = clock.instant();
        Decision decision = decide(key, now);
        if (decision instanceof Decision.Allowed) {
            if (events.size() >= SWEEP_AT) {
                sweep(now);
            }
            events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
        }
        return decision;
    }

    private Decision decide(String key, Instant now) {
        Deque<Instant> recent = recent(key, now);
        if (recent == null || recent.size() < limit) {
            return ALLOWED;
        }
        return new Decision.Limited(Duration.between(now, recent.peekFirst().plus(window)));
    }

    /** The key's events still inside the window, or null when it has none. */
    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return null;
        }
        Instant oldestKept = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldestKept)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            events.remove(key);
            return null;
        }
        return recent;
    }

    private void sweep(Instant now) {
        Instant oldestKept = now.minus(window);
        for (Iterator<Deque<Instant>> it = events.values().iterator(); it.hasNext();) {
            Deque<Instant> recent = it.next();
            if (recent.isEmpty() || !recent.peekLast().isAfter(oldestKept)) {
                it.remove();
            }
        }
    }
}
