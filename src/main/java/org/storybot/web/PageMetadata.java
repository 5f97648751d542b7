package org.storybot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storybot.story.Text;

/**
 * What a page says about its article, read in the order schema.org JSON-LD, Open Graph and other
 * {@code <meta>} tags, then the page's own elements ({@code <title>}, {@code <time>},
 * {@code <html lang>}): the first source that gives a field wins. Open Graph of type "website"
 * describes the site, not an article, and is not used for the title or address.
 *
 * @param date the publication date as ISO yyyy-MM-dd, or null
 * @param url the article's canonical address, or null when the page names none it can be trusted for
 * @param language a BCP 47 tag ("en-GB"), or null
 */
public record PageMetadata(String title, List<String> authors, String date, String siteName, String url, String language) {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-–—|·•:]\\s+");

    public PageMetadata {
        authors = List.copyOf(authors);
    }

    static PageMetadata read(Document page, URI pageUrl, ObjectMapper json) {
        Optional<JsonNode> ld = JsonLd.article(page, json);
        boolean siteGraph = "website".equalsIgnoreCase(meta(page, "og:type"));
        String site = first(meta(page, "og:site_name"), ld.flatMap(a -> Optional.ofNullable(a.get("publisher")))
                .map(p -> JsonLd.text(p, "name")).orElse(null), meta(page, "application-name"));
        List<String> titles = new ArrayList<>();
        ld.ifPresent(a -> titles.add(first(JsonLd.text(a, "headline"), JsonLd.text(a, "name"))));
        if (!siteGraph) {
            titles.add(meta(page, "og:title"));
        }
        titles.add(meta(page, "twitter:title"));
        titles.add(meta(page, "title"));
        titles.add(meta(page, "parsely-title"));
        titles.add(page.title());
        String title = titles.stream().map(Text::normalize).filter(t -> !t.isEmpty())
                .filter(t -> site == null || !Text.key(t).equals(Text.key(site))).findFirst()
                .map(t -> withoutSiteName(t, site)).orElse(null);
        String host = pageUrl == null || pageUrl.getHost() == null ? null : pageUrl.getHost().replaceFirst("^www\\.", "");
        return new PageMetadata(title, authors(page, ld, site), date(page, ld), first(site, host),
                canonical(page, pageUrl, siteGraph), language(page, ld));
    }

    private static List<String> authors(Document page, Optional<JsonNode> ld, String site) {
        List<String> candidates = new ArrayList<>();
        ld.ifPresent(a -> candidates.add(String.join(", ", JsonLd.names(a, "author"))));
        candidates.add(meta(page, "author"));
        candidates.add(meta(page, "parsely-author"));
        candidates.add(meta(page, "sailthru.author"));
        candidates.add(meta(page, "byl"));
        candidates.add(meta(page, "article:author"));
        candidates.add(page.select("[itemprop~=(?i)^author$] [itemprop~=(?i)^name$]").text());
        for (String candidate : candidates) {
            List<String> names = Bylines.names(candidate, site);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private static String date(Document page, Optional<JsonNode> ld) {
        List<String> candidates = new ArrayList<>();
        ld.ifPresent(a -> candidates.add(JsonLd.text(a, "datePublished")));
        candidates.add(meta(page, "article:published_time", "article:published", "og:published_time", "datePublished"));
        Element published = page.selectFirst("[itemprop~=(?i)^datePublished$]");
        if (published != null) {
            candidates.add(first(published.attr("content"), published.attr("datetime")));
        }
        candidates.add(meta(page, "date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued",
                "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date"));
        Element time = first(page.selectFirst("time[pubdate][datetime]"), page.selectFirst("time[datetime]"));
        candidates.add(time == null ? null : time.attr("datetime"));
        return candidates.stream().map(PageMetadata::isoDate).filter(d -> d != null).findFirst().orElse(null);
    }

    /** The leading yyyy-MM-dd of an ISO date or date-time, if it is a real date. */
    static String isoDate(String value) {
        Matcher m = ISO_DATE.matcher(value == null ? "" : value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String canonical(Document page, URI pageUrl, boolean siteGraph) {
        List<String> candidates = new ArrayList<>();
        Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            candidates.add(link.attr("href"));
        }
        if (!siteGraph) {
            candidates.add(meta(page, "og:url"));
        }
        for (String candidate : candidates) {
            URI uri = absolute(candidate, pageUrl);
            if (uri != null && !isSiteOrSection(uri, pageUrl)) {
                return uri.toString();
            }
        }
        return pageUrl == null ? null : pageUrl.toString();
    }

    private static URI absolute(String href, URI base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            String h = href.strip();
            URI uri = h.startsWith("//") ? new URI((base != null && "http".equals(base.getScheme()) ? "http:" : "https:") + h)
                    : base != null ? base.resolve(new URI(h)) : new URI(h);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A "canonical" address that is the site's home page, or a folder above the page itself: not the article's own. */
    private static boolean isSiteOrSection(URI canonical, URI pageUrl) {
        String path = canonical.getPath() == null ? "" : canonical.getPath();
        if (path.isEmpty() || path.equals("/")) {
            return canonical.getQuery() == null;
        }
        return pageUrl != null && canonical.getHost().equalsIgnoreCase(String.valueOf(pageUrl.getHost())) && path.endsWith("/")
                && pageUrl.getPath() != null && pageUrl.getPath().startsWith(path) && !pageUrl.getPath().equals(path);
    }

    private static String language(Document page, Optional<JsonNode> ld) {
        Element html = page.selectFirst("html");
        List<String> candidates = new ArrayList<>();
        candidates.add(html == null ? null : html.attr("lang"));
        Element httpEquiv = page.selectFirst("meta[http-equiv~=(?i)^content-language$]");
        candidates.add(httpEquiv == null ? null : httpEquiv.attr("content"));
        candidates.add(meta(page, "og:locale"));
        ld.ifPresent(a -> candidates.add(JsonLd.text(a, "inLanguage")));
        for (String candidate : candidates) {
            String tag = languageTag(candidate);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** "en_GB", "EN-gb" become "en-GB"; anything that is not a language tag, null. */
    static String languageTag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().split("[,;\\s]")[0].replace('_', '-');
        try {
            Locale locale = new Locale.Builder().setLanguageTag(v).build();
            return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /** "Obama admits ... - BBC News" is "Obama admits ..." when the site is BBC News. */
    private static String withoutSiteName(String title, String site) {
        if (site == null) {
            return title;
        }
        String siteKey = Text.key(site);
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (Text.key(parts[parts.length - 1]).equals(siteKey)) {
            return title.substring(0, title.length() - lastSeparatorAndTail(title)).strip();
        }
        if (Text.key(parts[0]).equals(siteKey)) {
            Matcher m = TITLE_SEPARATOR.matcher(title);
            return m.find() ? title.substring(m.end()).strip() : title;
        }
        return title;
    }

    private static int lastSeparatorAndTail(String title) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        return start < 0 ? 0 : title.length() - start;
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is one of {@code keys}. */
    private static String meta(Document page, String... keys) {
        for (String key : keys) {
            for (Element m : page.select("meta[content]")) {
                if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                        || key.equalsIgnoreCase(m.attr("itemprop"))) {
                    String content = m.attr("content").strip();
                    if (!content.isEmpty()) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
