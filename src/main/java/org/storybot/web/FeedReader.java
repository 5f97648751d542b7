package org.storybot.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a fetched feed with Rome (RSS 0.9x to 2.0, RSS 1.0 and Atom; no DTDs, so no external
 * entities), or finds the feed a web page names. Thread-safe: each call has its own parser.
 */
public final class FeedReader {

    private static final String FEED_LINKS = "link[rel~=(?i)alternate][type~=(?i)application/(rss|atom)\\+xml][href]";

    /** The feed, or the page's own feed; a body that is neither is a one-line {@link PageException}. */
    public FeedDocument read(FeedFetch.Fetched fetched) throws PageException {
        WebPage body = fetched.body();
        if (fetched.isHtml() || looksLikeHtml(body.html())) {
            return discover(body);
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body.html()), fetched.contentType(), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new PageException("is not a feed that can be read (neither RSS nor Atom: " + firstLine(e) + ")");
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(body.url(), entry));
        }
        return new FeedDocument.Feed(body.url(), feed.getTitle(), items);
    }

    private static FeedItem item(URI base, SyndEntry entry) {
        String title = entry.getTitle();
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            link = entry.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank()).findFirst()
                    .orElse(entry.getUri() != null && entry.getUri().matches("(?i)https?://.*") ? entry.getUri() : null);
        }
        if (link == null || link.isBlank()) {
            return new FeedItem(title, null, "names no link to its article");
        }
        try {
            URI uri = base == null ? new URI(link.strip()) : base.resolve(new URI(link.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new FeedItem(title, null, "links to " + link.strip() + ", which is not an http or https address");
            }
            return new FeedItem(title, uri, null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new FeedItem(title, null, "links to " + link.strip() + ", which is not a valid link");
        }
    }

    private static FeedDocument discover(WebPage page) throws PageException {
        Charset charset = page.charset() != null ? Charset.forName(page.charset()) : StandardCharsets.UTF_8;
        Document html = Jsoup.parse(new String(page.html(), charset), page.url() == null ? "" : page.url().toString());
        for (Element link : html.select(FEED_LINKS)) {
            String href = link.absUrl("href");
            try {
                if (!href.isBlank()) {
                    return new FeedDocument.PageWithFeed(page.url(), new URI(href));
                }
            } catch (URISyntaxException e) {
                // a broken link element: try the next
            }
        }
        throw new PageException("is a web page that names no feed (no <link rel=\"alternate\" type=\"application/rss+xml\" "
                + "or atom+xml>); follow the site's RSS or Atom address instead");
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
