package org.storybot.web;

import java.net.URI;

/**
 * One entry of a feed: its title as the feed gives it (may be empty) and the link to its article,
 * resolved against the feed's address; null when the entry names none that can be fetched, with
 * {@code problem} saying why.
 */
public record FeedItem(String title, URI link, String problem) {

    public FeedItem {
        title = title == null ? "" : title.strip();
        if ((link == null) == (problem == null)) {
            throw new IllegalArgumentException("an item has a link or a problem, not both");
        }
    }

    /** How messages name it: its link, else its title. */
    public String shown() {
        return link != null ? link.toString() : title.isEmpty() ? "an item without a title" : "\"" + title + "\"";
    }
}
