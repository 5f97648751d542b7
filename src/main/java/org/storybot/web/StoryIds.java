package org.storybot.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storybot.story.Text;

/**
 * A web story's id, from its canonical address: the same article always gets the same id (so
 * ingesting it again is a no-op, and a changed version replaces the old), and two articles never
 * share one. "https://www.bbc.com/news/world-33646704" becomes "bbc-com-news-world-33646704-" and
 * eight hex digits of a hash of the address (scheme, host's case, "www.", the fragment, a trailing
 * slash and campaign-tracking parameters aside), so that ids cut to length stay apart.
 */
public final class StoryIds {

    private static final int READABLE = 55;
    private static final int HASH_DIGITS = 8;
    /** Parameters that say where a reader clicked, not which article: utm_source, fbclid, gclid. */
    private static final Pattern TRACKING = Pattern.compile("(?i)(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+)=");

    private StoryIds() {
    }

    public static String of(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        String query = url.getRawQuery() == null ? "" : String.join("&", Arrays.stream(url.getRawQuery().split("&"))
                .filter(p -> !TRACKING.matcher(p).lookingAt()).toList());
        query = query.isEmpty() ? "" : "?" + query;
        String key = host + path + query;
        String readable = Text.slug(host + " " + path.replaceAll("\\.(?:s?html?|php|aspx?)$", ""));
        if (readable.length() > READABLE) {
            readable = readable.substring(0, READABLE).replaceAll("-+$", "");
        }
        return readable + "-" + Text.sha256(key).substring(0, HASH_DIGITS);
    }
}
