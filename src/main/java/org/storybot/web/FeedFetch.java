package org.storybot.web;

import java.net.URI;

/** What asking for a feed gave: the feed (or a page that may link one), or nothing new since the last time. */
public sealed interface FeedFetch {

    /**
     * What the server said of the version it sent, to ask "has it changed?" next time (If-None-Match,
     * If-Modified-Since); null where it said nothing.
     */
    record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);

        public boolean any() {
            return etag != null || lastModified != null;
        }
    }

    /** The server answered 304: the feed is as it was, and nothing was sent. */
    record NotModified(URI url) implements FeedFetch {
    }

    /** A body that may be a feed: its bytes and where they came from (the page's {@code url} after redirects). */
    record Fetched(WebPage body, String contentType, Validators validators) implements FeedFetch {

        /** Whether the server said this is an HTML page (which may name a feed) rather than XML. */
        public boolean isHtml() {
            String type = ContentType.mediaType(contentType);
            return type.equals("text/html") || type.equals("application/xhtml+xml");
        }
    }
}
