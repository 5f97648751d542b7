package org.storybot.store;

/**
 * How the answer log numbers replies: at once, without asking the store, so a reply has its id
 * while the store is away. Ids grow with time, so a conversation's replies sort in order by id.
 */
sealed interface AnswerIds {

    long next();

    /** One process writes the library (H2): the next number after the highest stored. */
    static AnswerIds after(long highest) {
        return new Counted(highest);
    }

    /**
     * Several processes write the library (PostgreSQL): the time in milliseconds, then the
     * process's number (0-1023, handed out by the store at start), then a sequence within the
     * millisecond, so two processes never give the same id.
     */
    static AnswerIds timeOrdered(long process) {
        return new TimeOrdered((int) Math.floorMod(process, TimeOrdered.PROCESSES));
    }

    final class Counted implements AnswerIds {
        private long last;

        private Counted(long highest) {
            this.last = highest;
        }

        @Override
        public synchronized long next() {
            return ++last;
        }
    }

    final class TimeOrdered implements AnswerIds {
        static final int PROCESSES = 1024;
        private static final int PER_MILLISECOND = 4096;
        /** 2026-01-01T00:00Z: 41 bits of milliseconds from it last until 2095. */
        private static final long EPOCH_MILLIS = 1_767_225_600_000L;

        private final int process;
        private long lastMillis;
        private int sequence;

        private TimeOrdered(int process) {
            this.process = process;
        }

        @Override
        public synchronized long next() {
            long now = Math.max(System.currentTimeMillis() - EPOCH_MILLIS, lastMillis);
            if (now > lastMillis) {
                lastMillis = now;
                sequence = 0;
            } else if (++sequence == PER_MILLISECOND) {
                lastMillis++; // more than 4,096 in a millisecond: borrow the next one
                sequence = 0;
            }
            return (lastMillis << 22) | ((long) process << 12) | sequence;
        }
    }
}
