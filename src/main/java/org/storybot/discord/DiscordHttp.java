package org.storybot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The two HTTPS calls storybot makes to Discord beside Javacord's own: checking the token before
 * logging in, and fetching an attached story from Discord's file host. Like Javacord's client, it
 * goes through the JVM's default proxy selector ({@code https.proxyHost}, {@code https.proxyPort})
 * and trusts the JVM's trust store ({@code javax.net.ssl.trustStore}) as it is when the call is
 * made, so a bot behind a TLS-inspecting proxy needs the same settings once.
 */
final class DiscordHttp {

    /** Discord's REST API, as Javacord 3.8 uses it. */
    static final URI API = URI.create("https://discord.com/api/v10/");
    /** Hosts attachments are fetched from; nothing else is downloaded. */
    private static final Set<String> FILE_HOSTS = Set.of("cdn.discordapp.com", "media.discordapp.net");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A response: its status and body. */
    record Response(int status, byte[] body) {
    }

    /** A body larger than allowed; the download stops there. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("larger than " + max + " bytes");
        }
    }

    /** GET on the API with the bot's token; the token goes in the header only, never in a message. */
    Response getWithToken(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(API.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bot " + token).header("User-Agent", "storybot").GET().build();
        HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response.body());
    }

    /** The bytes of a file on Discord's file host, refusing more than {@code maxBytes}. */
    byte[] download(URI url, long maxBytes) throws IOException, InterruptedException {
        if (!"https".equals(url.getScheme()) || !FILE_HOSTS.contains(url.getHost())) {
            throw new IOException("not a Discord attachment address: " + url.getHost());
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("User-Agent", "storybot").GET().build();
        HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("the file host answered " + response.statusCode());
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            return bytes;
        }
    }

    private static HttpClient client() throws IOException {
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .sslContext(currentTrust());
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            client.proxy(proxies);
        }
        return client.build();
    }

    /** TLS that trusts the JVM's trust store as configured now (as OkHttp, under Javacord, does). */
    private static SSLContext currentTrust() throws IOException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
