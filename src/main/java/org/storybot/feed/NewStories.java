package org.storybot.feed;

/**
 * Told of the stories one poll of one feed added (the Discord bot announces them). Called on the
 * poller's thread, once per feed that added any; it should hand slow work on rather than block, and
 * what it throws is logged and does not stop the polling.
 */
@FunctionalInterface
public interface NewStories {

    NewStories NONE = poll -> { };

    void added(FeedPoll.Polled poll);
}
