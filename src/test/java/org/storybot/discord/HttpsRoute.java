package org.storybot.discord;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The way from the JVM's HTTPS to the fake's REST API: a TLS server on 127.0.0.1 with a
 * self-signed certificate for the Discord hosts, an HTTP CONNECT proxy in front of it, and the
 * JVM's proxy and trust-store properties pointed at the two while open (restored on close).
 */
final class HttpsRoute implements AutoCloseable {

    private static final Set<String> HOSTS = Set.of("discord.com", "cdn.discordapp.com");
    private static final String[] JVM_ROUTE = {"https.proxyHost", "https.proxyPort", "javax.net.ssl.trustStore",
        "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"};
    /**
     * One certificate for every fake of the test JVM: the JDK's HTTP client keeps trust across
     * fakes in one JVM (a second fake's own certificate then fails the signature check).
     */
    private static final HeldCertificate CERTIFICATE = new HeldCertificate.Builder().commonName("discord.com")
            .addSubjectAlternativeName("discord.com").addSubjectAlternativeName("cdn.discordapp.com")
            .duration(1, TimeUnit.DAYS).build();

    private final ExecutorService httpThreads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "fake-discord-rest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> previousRoute = new HashMap<>();
    private final HttpsServer https;
    private final ConnectProxy proxy;
    private final Map<String, String> route;

    /** Serves the Discord hosts with {@code handler} and routes the JVM's HTTPS to it; the trust store goes in {@code dir}. */
    HttpsRoute(Path dir, HttpHandler handler) throws Exception {
        HeldCertificate certificate = CERTIFICATE;
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverSide.sslContext()));
        https.createContext("/", handler);
        https.setExecutor(httpThreads);
        https.start();
        proxy = new ConnectProxy(HOSTS, https.getAddress().getPort());

        Path trustStore = dir.resolve("fake-discord-truststore.p12");
        String password = "fake-discord";
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password.toCharArray());
        store.setCertificateEntry("fake-discord", certificate.certificate());
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            store.store(out, password.toCharArray());
        }
        route = Map.of("https.proxyHost", "127.0.0.1", "https.proxyPort", String.valueOf(proxy.port()),
                "javax.net.ssl.trustStore", trustStore.toString(), "javax.net.ssl.trustStorePassword", password,
                "javax.net.ssl.trustStoreType", "PKCS12");
        route(route);
        forgetCachedGateway();
    }

    /** The same routing for another JVM, as its command-line options. */
    List<String> jvmOptions() {
        return route.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** Every host the JVM asked the proxy for. */
    List<String> proxied() {
        return proxy.requested();
    }

    private void route(Map<String, String> properties) {
        for (String key : JVM_ROUTE) {
            previousRoute.put(key, System.getProperty(key));
            System.setProperty(key, properties.get(key));
        }
    }

    /** Javacord keeps the gateway address of its first login in a static field; a new fake has a new one. */
    private static void forgetCachedGateway() {
        try {
            Class.forName("org.javacord.core.util.gateway.DiscordWebSocketAdapter").getMethod("setGateway", String.class)
                    .invoke(null, (Object) null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Javacord's gateway cache cannot be cleared", e);
        }
    }

    @Override
    public void close() throws IOException {
        https.stop(0);
        httpThreads.shutdownNow();
        proxy.close();
        previousRoute.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        forgetCachedGateway();
    }
}
