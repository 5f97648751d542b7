package org.storybot.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;
import org.storybot.config.IngestConfig;

/**
 * Fetches web pages for ingest: through the JVM's proxy settings (as the Discord client), with a
 * User-Agent naming storybot, connect and read time-outs, at most {@link #MAX_REDIRECTS} redirects
 * (each hop checked by the {@link AddressGuard} before it is fetched), a size limit and a check that
 * the answer is an HTML page (or, for {@link #fetchFeed}, a feed). Every failure is a
 * {@link PageException} of one line. Thread-safe.
 */
public final class PageFetcher {

    public static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "Mozilla/5.0 (compatible; storybot/"
            + Objects.requireNonNullElse(PageFetcher.class.getPackage().getImplementationVersion(), "dev")
            + "; answers questions about news stories)";
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private static final String FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
            + "text/xml;q=0.9,text/html;q=0.5,*/*;q=0.1";
    private static final int NOT_MODIFIED = 304;

    /**
     * @param readTimeout how long the whole page may take: every hop, headers and body
     * @param allowPrivate links may lead anywhere, private networks included (ingest.allow-private-addresses)
     * @param allowLoopback links may lead to this machine, but to no other private address
     */
    public record Settings(Duration connectTimeout, Duration readTimeout, long maxBytes, boolean allowPrivate,
            boolean allowLoopback) {

        /** As the ingest settings say; this machine's own addresses are private ones there. */
        public static Settings of(IngestConfig ingest) {
            return new Settings(Duration.ofSeconds(ingest.connectTimeoutSeconds()), Duration.ofSeconds(ingest.readTimeoutSeconds()),
                    ingest.maxFileBytes(), ingest.allowPrivateAddresses(), false);
        }
    }

    private final Settings settings;
    private final AddressGuard guard;
    private final HttpClient client;

    public PageFetcher(Settings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowPrivate(), settings.allowLoopback());
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies); // https.proxyHost, http.proxyHost, http.nonProxyHosts, read at each request
        }
        this.client = builder.build();
    }

    /** The page at {@code link}, after its redirects. */
    public WebPage fetch(URI link) throws PageException {
        Arrived arrived = follow(link, ACCEPT, ContentType::mayBeHtml, Map.of());
        String type = arrived.type();
        ContentType.requireHtml(type, arrived.response().body());
        return new WebPage(arrived.response().body(), ContentType.charset(type), arrived.url(), link.toString());
    }

    /**
     * The feed at {@code link} (RSS or Atom; or a web page, which may name one), under the same rules
     * as a page. With {@code since} from an earlier fetch, the server is asked for it only if it has
     * changed, and a 304 reads nothing.
     */
    public FeedFetch fetchFeed(URI link, FeedFetch.Validators since) throws PageException {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (since.etag() != null) {
            conditions.put("If-None-Match", since.etag());
        }
        if (since.lastModified() != null) {
            conditions.put("If-Modified-Since", since.lastModified());
        }
        Arrived arrived = follow(link, FEED_ACCEPT, ContentType::mayBeFeed, conditions);
        if (arrived.response().statusCode() == NOT_MODIFIED) {
            return new FeedFetch.NotModified(arrived.url());
        }
        String type = arrived.type();
        ContentType.requireFeed(type, arrived.response().body());
        HttpHeaders headers = arrived.response().headers();
        return new FeedFetch.Fetched(new WebPage(arrived.response().body(), ContentType.charset(type), arrived.url(),
                link.toString()), type, new FeedFetch.Validators(headers.firstValue("etag").orElse(null),
                headers.firstValue("last-modified").orElse(null)));
    }

    /** A response of 200 (or 304, when {@code conditions} asked for one) and the address it came from. */
    private record Arrived(HttpResponse<byte[]> response, URI url) {
        String type() {
            return response.headers().firstValue("content-type").orElse("");
        }
    }

    private Arrived follow(URI link, String accept, Predicate<String> readable, Map<String, String> conditions)
            throws PageException {
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        URI current = link;
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            guard.check(current);
            if (!seen.add(current)) {
                throw new PageException("the site redirects in a loop (back to " + current + ")");
            }
            HttpResponse<byte[]> response = send(current, deadline, accept, readable, conditions);
            int status = response.statusCode();
            if (isRedirect(status)) {
                String location = response.headers().firstValue("location").orElse("");
                if (location.isBlank()) {
                    throw new PageException("the server answered " + status + " without saying where to go");
                }
                current = resolve(current, location);
                continue;
            }
            if (status != 200 && !(status == NOT_MODIFIED && !conditions.isEmpty())) {
                throw new PageException("the server answered " + status + describe(status));
            }
            return new Arrived(response, current);
        }
        throw new PageException("the site redirects more than " + MAX_REDIRECTS + " times");
    }

    private HttpResponse<byte[]> send(URI uri, long deadline, String accept, Predicate<String> readable,
            Map<String, String> conditions) throws PageException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).GET()
                .header("User-Agent", USER_AGENT).header("Accept", accept);
        conditions.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request.build(), info -> body(info, readable));
        try {
            return response.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new PageException("the fetch was interrupted");
        } catch (ExecutionException | CancellationException e) {
            throw failure(uri, e.getCause() == null ? e : e.getCause());
        }
    }

    /** Reads the body of a response that may be what was asked for; a redirect's, an error's, or one too large, not at all. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info, Predicate<String> readable) {
        if (info.statusCode() != 200 || !readable.test(info.headers().firstValue("content-type").orElse(""))) {
            return LimitedBody.unread();
        }
        if (info.headers().firstValueAsLong("content-length").orElse(-1) > settings.maxBytes()) {
            return LimitedBody.tooLarge();
        }
        return LimitedBody.upTo(settings.maxBytes());
    }

    private PageException failure(URI uri, Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge) {
            return new PageException(WebPage.tooBig(-1, settings.maxBytes()));
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new PageException("could not connect to " + uri.getHost() + " within "
                    + seconds(settings.connectTimeout()) + " (ingest.connect-timeout-seconds)");
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut();
        }
        if (cause instanceof ConnectException) {
            return new PageException("could not connect to " + uri.getHost() + " (the connection was refused)");
        }
        if (cause instanceof SSLException) {
            return new PageException("the secure connection to " + uri.getHost() + " failed (its certificate was not accepted)");
        }
        String detail = cause instanceof IOException && cause.getMessage() != null
                ? cause.getMessage().lines().findFirst().orElse("") : "";
        return new PageException("could not be fetched (" + cause.getClass().getSimpleName()
                + (detail.isBlank() ? "" : ": " + detail) + ")");
    }

    private PageException timedOut() {
        return new PageException("the page did not arrive within " + seconds(settings.readTimeout())
                + " (ingest.read-timeout-seconds)");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolve(URI base, String location) throws PageException {
        try {
            URI next = base.resolve(new URI(location.strip()));
            return new URI(next.getScheme(), next.getAuthority(), next.getPath(), next.getQuery(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new PageException("the server redirected to an address that is not a valid link");
        }
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> " (access is refused: the page may need a login)";
            case 404 -> " (no such page)";
            case 410 -> " (the page is gone)";
            case 429 -> " (too many requests: try again later)";
            default -> status >= 500 ? " (a server error: try again later)" : "";
        };
    }
}
