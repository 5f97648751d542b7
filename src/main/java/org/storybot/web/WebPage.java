package org.storybot.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An HTML page as it arrived: its bytes, the charset its server named (null: read it from the
 * page), the address it was fetched from after redirects (null for a file), and where it came from
 * for messages (the link or the file's path).
 */
public record WebPage(byte[] html, String charset, URI url, String origin) {

    public WebPage {
        if (html == null) {
            throw new IllegalArgumentException("a page needs its bytes");
        }
        if (origin == null || origin.isBlank()) {
            throw new IllegalArgumentException("a page needs an origin");
        }
    }

    /** An .html or .htm file, refused when empty or over {@code maxBytes}. */
    public static WebPage ofFile(Path file, long maxBytes) throws PageException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new PageException("is empty");
            }
            if (size > maxBytes) {
                throw new PageException(tooBig(size, maxBytes));
            }
            return new WebPage(Files.readAllBytes(file), null, null, file.toString());
        } catch (IOException e) {
            throw new PageException("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** The one-line complaint about a page of {@code size} bytes (or more, when -1) over the limit. */
    static String tooBig(long size, long maxBytes) {
        String limit = String.format(Locale.ROOT, "%.1f MB", maxBytes / (1024.0 * 1024.0));
        return (size < 0 ? "is larger than " : String.format(Locale.ROOT, "is %.1f MB, over ", size / (1024.0 * 1024.0)))
                + "the " + limit + " limit for one page (ingest.max-file-mb)";
    }
}
