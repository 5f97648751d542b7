package org.storybot.web;

import java.net.URI;
import java.util.List;

/** What a fetched feed address held: a feed with its items, or a web page that names its feed. */
public sealed interface FeedDocument {

    /** An RSS or Atom feed: its title (may be empty) and entries, in the feed's order. */
    record Feed(URI url, String title, List<FeedItem> items) implements FeedDocument {
        public Feed {
            items = List.copyOf(items);
            title = title == null ? "" : title.strip();
        }
    }

    /** A web page that names a feed of its own ({@code <link rel="alternate" type="application/rss+xml">}). */
    record PageWithFeed(URI page, URI feed) implements FeedDocument {
    }
}
