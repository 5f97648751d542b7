package org.storybot.answer;

/**
 * A citation as readers see it: marker [n] in the text, the story and paragraph it points at, the
 * quoted words (taken verbatim from that paragraph) and the whole paragraph. A citation of the
 * story's details (its byline, date, outlet, link: what its source said about it, not its text) has
 * paragraph {@link #DETAILS}, and the details as its text.
 */
public record Citation(int marker, String storyId, String storyTitle, int paragraph, String quote, String paragraphText) {

    /** The "paragraph" of a citation of the story's details. */
    public static final int DETAILS = 0;

    public Citation {
        if (marker < 1) {
            throw new IllegalArgumentException("citation markers start at 1");
        }
        if (paragraph < DETAILS) {
            throw new IllegalArgumentException("paragraph numbers start at 1 (0 is the story's details)");
        }
        if (!paragraphText.contains(quote)) {
            throw new IllegalArgumentException("a citation quotes words its paragraph does not hold");
        }
    }

    /** A citation of the story's details: {@code quote} is the line used, {@code details} all of them. */
    public static Citation ofDetails(int marker, String storyId, String storyTitle, String quote, String details) {
        return new Citation(marker, storyId, storyTitle, DETAILS, quote, details);
    }

    /** Whether it cites the story's details rather than a paragraph. */
    public boolean fromDetails() {
        return paragraph == DETAILS;
    }

    /** Where in its story it points, as readers see it: "paragraph 3", or "the story's details". */
    public String place() {
        return fromDetails() ? "the story's details" : "paragraph " + paragraph;
    }
}
