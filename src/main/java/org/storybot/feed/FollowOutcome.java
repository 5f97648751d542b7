package org.storybot.feed;

/** What asking to follow an address did. */
public sealed interface FollowOutcome {

    /** Now followed: the feed's own address (a page's feed, when a page was given), its title and how many items it lists. */
    record Followed(String url, String title, int items) implements FollowOutcome {
    }

    /** The feed was followed already; nothing changed. */
    record AlreadyFollowed(String url, String title) implements FollowOutcome {
    }

    /** Not followed: one line saying why (not a feed, not reachable, not a link). */
    record Refused(String address, String error) implements FollowOutcome {
    }
}
