package org.storybot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storybot.support.WebServer;

/** The fetcher against a real web server on 127.0.0.1: pages, failures, limits and the address guard. */
class PageFetcherTest {

    private static final long LIMIT = 1024 * 1024;
    private static final String ARTICLE = "<html><head><title>A page</title></head><body><p>Some words.</p></body></html>";
    private static WebServer server;
    private static PageFetcher fetcher;

    @BeforeAll
    static void serve() throws Exception {
        server = WebServer.start()
                .html("/article.html", ARTICLE)
                .page("/untyped", null, ("  <!DOCTYPE html>" + ARTICLE).getBytes(StandardCharsets.UTF_8))
                .page("/latin1.html", "text/html; charset=ISO-8859-1", "<p>café</p>".getBytes(StandardCharsets.ISO_8859_1))
                .page("/odd-charset.html", "text/html; charset=x-no-such-charset", ARTICLE.getBytes(StandardCharsets.UTF_8))
                .status("/missing.html", 404)
                .status("/broken.html", 503)
                .slow("/slow.html", 3000, ARTICLE)
                .redirect("/moved", "/article.html")
                .redirect("/loop-a", "/loop-b").redirect("/loop-b", "/loop-a")
                .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
                .redirect("/to-ftp", "ftp://127.0.0.1/file.txt")
                .huge("/huge.html", 30L * 1024 * 1024, true)
                .huge("/huge-chunked.html", 30L * 1024 * 1024, false)
                .page("/report.pdf", "application/pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))
                .page("/data.bin", null, new byte[] {0, 1, 2, 3, 4});
        for (int i = 1; i <= 6; i++) {
            server.redirect("/hop" + i, "/hop" + (i + 1));
        }
        server.html("/hop7", ARTICLE);
        fetcher = fetcher(true, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static PageFetcher fetcher(boolean allowPrivate, boolean allowLoopback) {
        return new PageFetcher(new PageFetcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(800), LIMIT, allowPrivate,
                allowLoopback));
    }

    @Test
    void should_fetch_a_page_with_its_charset_and_address_after_redirects() throws Exception {
        WebPage page = fetcher.fetch(server.url("/moved"));

        assertThat(new String(page.html(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.url()).isEqualTo(server.url("/article.html"));
        assertThat(page.origin()).isEqualTo(server.url("/moved").toString());
        assertThat(fetcher.fetch(server.url("/latin1.html")).charset()).isEqualTo("ISO-8859-1");
        assertThat(fetcher.fetch(server.url("/odd-charset.html")).charset()).isNull(); // the page's own meta tag decides
        assertThat(fetcher.fetch(server.url("/untyped")).html()).isNotEmpty(); // no Content-Type, but plainly HTML
    }

    @Test
    void should_say_in_one_line_why_a_page_cannot_be_had() {
        assertFails("/missing.html", "the server answered 404 (no such page)");
        assertFails("/broken.html", "the server answered 503 (a server error: try again later)");
        assertFails("/slow.html", "the page did not arrive within 0.8 s (ingest.read-timeout-seconds)");
        assertFails("/loop-a", "the site redirects in a loop (back to " + server.url("/loop-a") + ")");
        assertFails("/hop1", "the site redirects more than 5 times");
        assertFails("/huge.html", "is larger than the 1.0 MB limit for one page (ingest.max-file-mb)");
        assertFails("/huge-chunked.html", "is larger than the 1.0 MB limit for one page (ingest.max-file-mb)");
        assertFails("/report.pdf", "is not a web page but a PDF document (application/pdf)");
        assertFails("/data.bin", "is not a web page (the server did not say what it is, and it is not HTML)");
        assertFails("/to-ftp", "only http and https links are fetched, not ftp:");
    }

    @Test
    void should_give_up_on_a_slow_page_at_the_read_time_out_not_when_the_server_finally_answers() {
        long start = System.nanoTime();
        assertFails("/slow.html", "the page did not arrive within 0.8 s (ingest.read-timeout-seconds)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void should_refuse_links_to_this_machine_and_private_networks_unless_allowed() {
        PageFetcher guarded = fetcher(false, false);

        assertThatThrownBy(() -> guarded.fetch(server.url("/article.html"))).isInstanceOf(PageException.class)
                .hasMessage("links to private or local addresses are refused (127.0.0.1 is 127.0.0.1; "
                        + "see ingest.allow-private-addresses)");
        assertThatThrownBy(() -> guarded.fetch(URI.create("http://10.1.2.3/admin"))).hasMessageContaining("10.1.2.3 is 10.1.2.3");
        assertThatThrownBy(() -> guarded.fetch(URI.create("http://[::1]/"))).hasMessageContaining("refused");
        assertThatThrownBy(() -> guarded.fetch(URI.create("file:///etc/passwd")))
                .hasMessage("only http and https links are fetched, not file:");
    }

    @Test
    void should_check_the_address_of_every_redirect_hop_before_fetching_it() throws Exception {
        PageFetcher loopbackOnly = fetcher(false, true); // this machine's test server, but no other private address
        int before = server.requested().size();

        assertThatThrownBy(() -> loopbackOnly.fetch(server.url("/to-metadata"))).isInstanceOf(PageException.class)
                .hasMessage("links to private or local addresses are refused (169.254.169.254 is 169.254.169.254; "
                        + "see ingest.allow-private-addresses)");
        assertThat(server.requested().subList(before, server.requested().size())).containsExactly("/to-metadata");
        assertThat(loopbackOnly.fetch(server.url("/article.html")).html()).isNotEmpty();
    }

    @Test
    void should_tell_public_addresses_from_private_and_reserved_ones() throws Exception {
        for (String address : new String[] {"10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "64:ff9b::a00:1"}) {
            assertThat(AddressGuard.isPublic(java.net.InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "64:ff9b::808:808"}) {
            assertThat(AddressGuard.isPublic(java.net.InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void should_name_storybot_in_its_user_agent() {
        assertThat(PageFetcher.USER_AGENT).contains("storybot/").startsWith("Mozilla/5.0 (compatible;");
    }

    private static void assertFails(String path, String message) {
        assertThatThrownBy(() -> fetcher.fetch(server.url(path))).as(path).isInstanceOf(PageException.class)
                .hasMessage(message).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
