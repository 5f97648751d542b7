package org.storybot.answer;

/**
 * A citation as readers see it: marker [n] in the text, the story and paragraph it points at, the
 * quoted words (taken verbatim from that paragraph) and the whole paragraph.
 */
public record Citation(int marker, String storyId, String storyTitle, int paragraph, String quote, String paragraphText) {

    public Citation {
        if (marker < 1) {
            throw new IllegalArgumentException("citation markers start at 1");
        }
        if (!paragraphText.contains(quote)) {
            throw new IllegalArgumentException("a citation quotes words its paragraph does not hold");
        }
    }
}
