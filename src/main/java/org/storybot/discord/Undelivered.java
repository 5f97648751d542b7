package org.storybot.discord;

/** A send Discord did not take, after {@code attempts} tries; {@link #why()} says why. */
final class Undelivered extends RuntimeException {

    private final transient SendFailure why;
    private final int attempts;

    Undelivered(SendFailure why, int attempts, Throwable cause) {
        super(why.describe(), cause, false, false);
        this.why = why;
        this.attempts = attempts;
    }

    /** {@code failure} as an Undelivered: itself, or what it wraps, or a failure after one try. */
    static Undelivered of(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof Undelivered undelivered) {
                return undelivered;
            }
        }
        return new Undelivered(SendFailure.of(failure), 1, failure);
    }

    SendFailure why() {
        return why;
    }

    int attempts() {
        return attempts;
    }

    /** One line for the log. */
    String describe() {
        return why.describe() + (attempts > 1 ? ", after " + attempts + " attempts" : "");
    }
}
