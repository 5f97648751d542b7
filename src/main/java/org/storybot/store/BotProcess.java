package org.storybot.store;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A running bot process as it describes itself in the library: its id (host, process id, start
 * time and shards, so a restarted process is a new one), the shards it runs of how many, the library
 * fingerprint its index holds, and how often it says so.
 */
public record BotProcess(String id, String host, long pid, Instant startedAt, List<Integer> shards, int totalShards,
        String fingerprint, Duration every) {

    public BotProcess {
        shards = List.copyOf(shards);
        fingerprint = fingerprint == null ? "" : fingerprint;
        if (every.toSeconds() < 1) {
            throw new IllegalArgumentException("a heartbeat comes at most once a second, got " + every);
        }
    }

    /** This process, running {@code shards} of {@code totalShards}. */
    public static BotProcess current(List<Integer> shards, int totalShards, String fingerprint, Duration every) {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        String host = hostName();
        // host, pid and start time name the process; its shards keep two bots in one JVM (tests) apart
        String id = host + ":" + self.pid() + ":" + started + ":shards-"
                + shards.stream().map(String::valueOf).collect(Collectors.joining("-"));
        return new BotProcess(id, host, self.pid(), started, shards, totalShards, fingerprint, every);
    }

    /** The same process with the fingerprint its index holds now. */
    public BotProcess withFingerprint(String now) {
        return new BotProcess(id, host, pid, startedAt, shards, totalShards, now, every);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    /** A process as the library last heard of it: its last heartbeat, how long ago by the store's clock, and whether that is too long. */
    public record Seen(BotProcess process, Instant heartbeatAt, Duration age) {

        /** Three heartbeats missed: the process is gone, or cannot reach the store. */
        public boolean stale() {
            return age.compareTo(process.every().multipliedBy(3)) > 0;
        }
    }
}
