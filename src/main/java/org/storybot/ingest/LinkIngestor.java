package org.storybot.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.storybot.web.PageException;
import org.storybot.web.PageFetcher;
import org.storybot.web.WebPage;

/**
 * Brings in the article at a link: fetch the page (with the fetcher's safety rules), read its article
 * and metadata, clean, embed and save it under the id its canonical address gives, in one call. The
 * page is whole before anything is written, so a failure stores nothing. Thread-safe.
 */
public final class LinkIngestor {

    private static final Pattern LINK = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://\\S+$");

    private final PageFetcher fetcher;
    private final Ingestor ingestor;

    public LinkIngestor(PageFetcher fetcher, Ingestor ingestor) {
        this.fetcher = fetcher;
        this.ingestor = ingestor;
    }

    /** Whether {@code text} is written as a link ("https://...", "ftp://..."), rather than a file's path. */
    public static boolean isLink(String text) {
        return text != null && LINK.matcher(text.strip()).matches();
    }

    /** Fetches and saves the article at {@code link}; a failure is one line, and nothing is stored. */
    public IngestResult ingest(String link) {
        String shown = link == null ? "" : link.strip();
        URI uri;
        try {
            uri = new URI(shown);
        } catch (URISyntaxException e) {
            return IngestResult.failed(shown, "is not a valid link");
        }
        if (!uri.isAbsolute()) {
            return IngestResult.failed(shown, "is not a valid link (it names no http:// or https:// address)");
        }
        WebPage page;
        try {
            page = fetcher.fetch(uri);
        } catch (PageException e) {
            return IngestResult.failed(shown, e.getMessage());
        }
        return ingestor.ingestPage(page);
    }
}
