package org.storybot.discord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the interactions and messages the bot has taken, so that one delivered twice (a
 * gateway replaying events after a resume, at least once) is answered once. Thread-safe; it
 * remembers the newest {@code capacity} ids. Not a Caffeine cache: every id is written once and
 * looked up once more at most, and Caffeine's admission by frequency could turn the newest away.
 */
final class SeenIds {

    private final Map<Long, Boolean> seen;

    SeenIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.seen = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time {@code id} is offered, false every time after (while it is remembered). */
    synchronized boolean first(long id) {
        return seen.putIfAbsent(id, Boolean.TRUE) == null;
    }
}
