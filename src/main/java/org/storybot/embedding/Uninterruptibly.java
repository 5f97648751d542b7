package org.storybot.embedding;

/** Waits that an interrupt does not cut short: the JVM must not exit while a native library or model loads. */
final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /** Waits for {@code thread} to end, then sets this thread's interrupt flag again if it was interrupted meanwhile. */
    static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
