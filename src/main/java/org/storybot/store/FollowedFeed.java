package org.storybot.store;

import java.time.OffsetDateTime;

/**
 * A feed the library follows: its address, what the user gave to follow it (the feed itself or a
 * page naming it), its title, the validators of the version last fetched (null before the first
 * good poll), when it was followed and last polled, and the errors in a row since then.
 */
public record FollowedFeed(String url, String followedAs, String title, String etag, String lastModified,
        OffsetDateTime followedAt, OffsetDateTime polledAt, int failures, String lastError) {

    /** How it is shown: its title, else its address. */
    public String shown() {
        return title == null || title.isBlank() ? url : title;
    }
}
