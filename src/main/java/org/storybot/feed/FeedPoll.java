package org.storybot.feed;

import java.util.List;
import org.storybot.ingest.IngestResult;
import org.storybot.store.FollowedFeed;

/** What polling one feed once did. */
public sealed interface FeedPoll {

    FollowedFeed feed();

    /**
     * The feed was read (or had not changed: {@code notModified}, a 304, and nothing fetched): the
     * stories its new items became, how many items were in the library or seen already, and one
     * failure (the item's link and one line) for each item that could not be ingested, and how
     * many new items wait for the next polls (more than one poll fetches).
     */
    record Polled(FollowedFeed feed, String title, boolean notModified, List<IngestResult> added, int unchanged,
            List<IngestResult> failed, int waiting) implements FeedPoll {
        public Polled {
            added = List.copyOf(added);
            failed = List.copyOf(failed);
        }
    }

    /** The feed itself could not be fetched or read: one line saying why; nothing was ingested. */
    record Failed(FollowedFeed feed, String error) implements FeedPoll {
    }
}
