package org.storybot.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a server says a response is (its Content-Type), and whether that is a web page. */
final class ContentType {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|p|div)\\b");
    private static final int SNIFFED = 2048;

    private ContentType() {
    }

    /** The media type alone, lower case: "text/html" of "text/html; charset=UTF-8"; empty when not given. */
    static String mediaType(String contentType) {
        String type = contentType == null ? "" : contentType;
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a response of this type may be a page: an HTML type, or none given (the body decides). */
    static boolean mayBeHtml(String contentType) {
        String type = mediaType(contentType);
        return type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** The types a feed is served as; a page (HTML) may name one instead. */
    static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/xml", "text/xml");

    /** Whether a response of this type may be a feed or a page that links one. */
    static boolean mayBeFeed(String contentType) {
        return mayBeHtml(contentType) || FEED_TYPES.contains(mediaType(contentType));
    }

    /** Refuses a body that is neither a feed nor a web page, saying what it is instead. */
    static void requireFeed(String contentType, byte[] body) throws PageException {
        require(mayBeFeed(contentType), "a feed", contentType, body);
    }

    /** Refuses a body of a type that is not {@code accepted}, saying what it is instead, or an empty one. */
    private static String require(boolean accepted, String kind, String contentType, byte[] body) throws PageException {
        String type = mediaType(contentType);
        if (!accepted) {
            throw new PageException("is not " + kind + " but " + describe(type) + " (" + type + ")");
        }
        if (body.length == 0) {
            throw new PageException(kind.equals("a feed") ? "the feed is empty" : "the page is empty");
        }
        return type;
    }

    /** Refuses a body that is not a web page, saying what it is instead. */
    static void requireHtml(String contentType, byte[] body) throws PageException {
        String type = require(mayBeHtml(contentType), "a web page", contentType, body);
        if (type.isEmpty()) {
            String head = new String(body, 0, Math.min(body.length, SNIFFED), StandardCharsets.ISO_8859_1)
                    .replace("\u00EF\u00BB\u00BF", ""); // a UTF-8 byte order mark
            if (!LOOKS_LIKE_HTML.matcher(head).find()) {
                throw new PageException("is not a web page (the server did not say what it is, and it is not HTML)");
            }
        }
    }

    /** The charset the Content-Type names, if this JVM knows it; null to let the page's own meta tag say. */
    static String charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)).name() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(String type) {
        if (type.equals("application/pdf")) {
            return "a PDF document";
        }
        if (type.startsWith("image/")) {
            return "an image";
        }
        if (type.startsWith("video/") || type.startsWith("audio/")) {
            return "a recording";
        }
        if (type.contains("json") || type.contains("xml") || type.startsWith("text/")) {
            return "a data or text file";
        }
        return "a file of another kind";
    }
}
