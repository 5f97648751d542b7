package org.storybot.ingest;

/**
 * What happened to one story (or to a file that gave none). {@code error} is set only for
 * {@link Outcome#FAILED}, as one line for the user.
 */
public record IngestResult(String file, Outcome outcome, String storyId, String title, int paragraphs, String error) {

    public enum Outcome { ADDED, REPLACED, UNCHANGED, FAILED }

    public static IngestResult failed(String file, String error) {
        return new IngestResult(file, Outcome.FAILED, null, null, 0, error);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** Whether the story was added or replaced. */
    public boolean changed() {
        return outcome == Outcome.ADDED || outcome == Outcome.REPLACED;
    }
}
