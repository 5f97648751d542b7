package org.storybot.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 (port 0) for the tests that fetch pages: pages, redirects, error
 * statuses, a slow page and very large bodies, each at a path. It records every path asked for.
 */
public final class WebServer implements AutoCloseable {

    @FunctionalInterface
    private interface Route {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** A request as it came: its path and the conditional headers it sent (null when absent). */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince) {
    }

    private WebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("If-Modified-Since")));
            try (exchange) {
                Route route = routes.get(exchange.getRequestURI().getPath());
                if (route == null) {
                    send(exchange, 404, "text/html", "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
                } else {
                    route.answer(exchange);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (a page it refused, a time-out): nothing to do
            }
        });
        server.start();
    }

    public static WebServer start() throws IOException {
        return new WebServer();
    }

    /** The address of {@code path} on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Every path asked for, in order. */
    public List<String> requested() {
        return List.copyOf(requested);
    }

    /** Every request, in order, with its conditional headers. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /**
     * A feed that answers conditional requests as a careful server does: an ETag of its body and a
     * Last-Modified, and a 304 with no body to a request whose If-None-Match names the current ETag.
     */
    public WebServer feed(String path, String contentType, String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        routes.put(path, x -> {
            x.getResponseHeaders().set("ETag", etag);
            x.getResponseHeaders().set("Last-Modified", "Wed, 02 Dec 2026 03:00:00 GMT");
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            send(x, 200, contentType, body);
        });
        return this;
    }

    public WebServer page(String path, String contentType, byte[] body) {
        routes.put(path, x -> send(x, 200, contentType, body));
        return this;
    }

    public WebServer html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public WebServer status(String path, int status) {
        routes.put(path, x -> send(x, status, "text/html", ("<html><body>" + status + "</body></html>").getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public WebServer redirect(String path, String location) {
        routes.put(path, x -> {
            x.getResponseHeaders().set("Location", location);
            x.sendResponseHeaders(302, -1);
        });
        return this;
    }

    /** A page whose server waits {@code millis} before it answers. */
    public WebServer slow(String path, long millis, String html) {
        routes.put(path, x -> {
            Thread.sleep(millis);
            send(x, 200, "text/html", html.getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    /** An HTML page of {@code bytes} bytes, with its Content-Length given ({@code sayLength}) or sent in chunks. */
    public WebServer huge(String path, long bytes, boolean sayLength) {
        routes.put(path, x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, sayLength ? bytes : 0);
            byte[] chunk = "<p>All work and no play makes a very long page.</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = x.getResponseBody()) {
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, bytes - sent));
                }
            }
        });
        return this;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
