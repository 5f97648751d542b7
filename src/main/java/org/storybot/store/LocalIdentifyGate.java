package org.storybot.store;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Login turns spaced within one process: per bucket, the time of the last turn, and callers waiting in line for it. */
final class LocalIdentifyGate implements IdentifyGate {

    private final long spacingNanos;
    private final Map<Integer, Bucket> buckets = new ConcurrentHashMap<>();

    LocalIdentifyGate(Duration spacing) {
        if (spacing.isNegative()) {
            throw new IllegalArgumentException("spacing must not be negative, got " + spacing);
        }
        this.spacingNanos = spacing.toNanos();
    }

    @Override
    public void awaitTurn(int bucket) throws InterruptedException {
        buckets.computeIfAbsent(bucket, b -> new Bucket()).await(spacingNanos);
    }

    private static final class Bucket {
        private boolean granted;
        private long lastNanos;

        synchronized void await(long spacingNanos) throws InterruptedException {
            if (granted) {
                long wait = lastNanos + spacingNanos - System.nanoTime();
                while (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // callers behind wait for the lock
                    wait = lastNanos + spacingNanos - System.nanoTime();
                }
            }
            granted = true;
            lastNanos = System.nanoTime();
        }
    }
}
