package org.storybot.discord;

import java.time.Duration;
import org.javacord.api.util.ratelimit.Ratelimiter;
import org.storybot.store.IdentifyGate;

/**
 * Javacord's gateway identify limiter for one shard, taking its turns from the library's
 * {@link IdentifyGate} in the shard's bucket: Javacord asks for a turn before each new session's
 * connection (not before a resume), then connects, reads HELLO and sends IDENTIFY.
 */
final class IdentifyTurns implements Ratelimiter {

    /** Discord's limit: one IDENTIFY per 5 s in each bucket. */
    static final Duration DISCORD_INTERVAL = Duration.ofSeconds(5);
    /**
     * Added to the interval between turns: the time from a turn to its IDENTIFY (connecting,
     * HELLO) varies by a few hundred milliseconds, as Javacord's own limiter (5.5 s) allows for.
     */
    static final Duration HANDSHAKE_MARGIN = Duration.ofMillis(500);

    private final IdentifyGate gate;
    private final int bucket;

    IdentifyTurns(IdentifyGate gate, int bucket) {
        this.gate = gate;
        this.bucket = bucket;
    }

    /** How far apart turns must be so that identifies are at least {@code interval} apart. */
    static Duration spacing(Duration interval) {
        return interval.plus(HANDSHAKE_MARGIN);
    }

    @Override
    public void requestQuota() throws InterruptedException {
        gate.awaitTurn(bucket);
    }
}
