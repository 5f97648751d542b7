package org.storybot.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.store.BotProcess;
import org.storybot.store.BotProcesses;
import org.storybot.store.StoreException;

/**
 * A running bot process's entry in the library's list of processes ({@code storybot status}): its
 * shards and the fingerprint of the library its index holds, written at start and then every
 * {@code every} on a thread of its own, and taken off the list on close. A heartbeat that cannot
 * be written (the store away) is tried again at the next one; the log says so once. Close it
 * before the root.
 */
public final class Heartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    /** How often a bot process writes its heartbeat; three missed make it stale. */
    public static final Duration EVERY = Duration.ofSeconds(15);

    private final Storybot root;
    private final BotProcesses processes;
    private final BotProcess process;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean failing = new AtomicBoolean();

    private Heartbeat(Storybot root, BotProcess process) {
        this.root = root;
        this.processes = new BotProcesses(root.database());
        this.process = process;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "storybot-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Puts this process, running {@code shards} of {@code totalShards}, on the list, every {@link #EVERY}. */
    public static Heartbeat start(Storybot root, List<Integer> shards, int totalShards) {
        return start(root, shards, totalShards, EVERY);
    }

    /** @param every how often (tests set it short) */
    public static Heartbeat start(Storybot root, List<Integer> shards, int totalShards, Duration every) {
        Heartbeat heartbeat = new Heartbeat(root, BotProcess.current(shards, totalShards, "", every));
        heartbeat.beat(); // on the list before start-up is done
        heartbeat.timer.scheduleWithFixedDelay(heartbeat::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    /** This process as the list shows it. */
    public BotProcess process() {
        return process;
    }

    private void beat() {
        try {
            processes.beat(process.withFingerprint(root.library().fingerprint()));
            if (failing.compareAndSet(true, false)) {
                log.info("the heartbeat of this process is written again");
            }
        } catch (StoreException e) {
            if (failing.compareAndSet(false, true)) {
                log.warn("cannot write this process's heartbeat ({}); trying again every {} s", e.getMessage(),
                        process.every().toSeconds());
            }
        } catch (RuntimeException e) {
            log.warn("heartbeat failed: {}", e.toString()); // the timer must live on
        }
    }

    /** Stops the heartbeat and takes this process off the list. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            processes.remove(process.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreException e) {
            log.warn("could not take this process off the library's list ({}); it shows as stale", e.getMessage());
        }
    }
}
