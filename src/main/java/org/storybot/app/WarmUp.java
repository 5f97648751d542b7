package org.storybot.app;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.storybot.chat.Assistant;

/**
 * The assistant reading the library's stories ahead of questions, on a background thread of low
 * priority (see {@link Assistant#warmUp}). Closing it stops the reading before the next story and
 * waits for it, so that nothing reads the store after the store is closed. (A flag, not an
 * interrupt: an interrupt inside H2's file I/O closes the store's file.)
 */
final class WarmUp implements AutoCloseable {

    /** The longest a close waits for the story being read. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread thread;

    private WarmUp(Assistant assistant, int sentences) {
        this.thread = new Thread(() -> {
            try {
                assistant.warmUp(sentences, stopped::get);
            } catch (RuntimeException e) {
                System.err.println("storybot: could not read the stories ahead: " + e.getMessage()); // questions still work
            }
        }, "answer-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    static WarmUp start(Assistant assistant, int sentences) {
        WarmUp warmUp = new WarmUp(assistant, sentences);
        warmUp.thread.start();
        return warmUp;
    }

    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        thread.join(STOP_WAIT.toMillis());
    }
}
