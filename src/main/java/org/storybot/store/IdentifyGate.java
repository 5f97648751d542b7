package org.storybot.store;

import java.time.Duration;

/**
 * Turns to log in to a service that allows one login per interval in each bucket (Discord's
 * gateway: one IDENTIFY per 5 s per {@code shard % max_concurrency}). A turn is granted no sooner
 * than the gate's spacing after the bucket's previous one: within this process for an embedded
 * store, across every process sharing a PostgreSQL store (see {@link Database#identifyGate}).
 * Thread-safe; callers block in {@link #awaitTurn}.
 */
@FunctionalInterface
public interface IdentifyGate {

    /** Blocks until the caller may log in in {@code bucket}; the turn is taken when this returns. */
    void awaitTurn(int bucket) throws InterruptedException;

    /** Turns spaced by {@code spacing} among the callers in this process. */
    static IdentifyGate local(Duration spacing) {
        return new LocalIdentifyGate(spacing);
    }
}
