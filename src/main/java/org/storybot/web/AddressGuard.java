package org.storybot.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which addresses a link may lead to: only http and https, and only public addresses, so that a
 * link given to the bot cannot make it probe its own network (the loopback, private, link-local,
 * carrier-grade NAT and unique-local ranges, and the cloud metadata address among them). Every
 * redirect hop is checked before it is fetched. The check resolves the name itself and the HTTP
 * client, milliseconds later, again; the JVM keeps a name's answer for 30 s (the default of the
 * {@code networkaddress.cache.ttl} security property), so both see the same addresses and a name
 * whose answer changes (DNS rebinding) is caught, unless its cached answer happens to expire in
 * between or the property is set to 0. Through a proxy the proxy resolves the name: a name this
 * machine cannot resolve then passes.
 */
final class AddressGuard {

    private final boolean allowPrivate;
    private final boolean allowLoopback;

    /**
     * @param allowPrivate every address is allowed (ingest.allow-private-addresses)
     * @param allowLoopback this machine's own addresses are allowed, no other private one
     */
    AddressGuard(boolean allowPrivate, boolean allowLoopback) {
        this.allowPrivate = allowPrivate;
        this.allowLoopback = allowLoopback || allowPrivate;
    }

    void check(URI uri) throws PageException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new PageException("only http and https links are fetched" + (scheme.isEmpty() ? "" : ", not " + scheme + ":"));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new PageException("the link names no host");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            if (throughProxy(uri)) {
                return; // the proxy resolves it, and may know names this machine does not
            }
            throw new PageException("the host " + host + " is unknown");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !(allowLoopback && address.isLoopbackAddress())) {
                throw new PageException("links to private or local addresses are refused (" + host + " is "
                        + address.getHostAddress() + "; see ingest.allow-private-addresses)");
            }
        }
    }

    private static boolean throughProxy(URI uri) {
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies == null) {
            return false;
        }
        List<Proxy> chosen = proxies.select(uri);
        return chosen != null && chosen.stream().anyMatch(p -> p.type() != Proxy.Type.DIRECT);
    }

    /** Whether {@code address} is on the public internet: not this machine, a private network or a reserved range. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return false; // unique local fc00::/7
            }
            if (isNat64(b) || isIpv4Compatible(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 64:ff9b::/96, where a NAT64 gateway puts an IPv4 address. */
    private static boolean isNat64(byte[] b) {
        if (b[0] != 0 || b[1] != 0x64 || (b[2] & 0xFF) != 0xFF || (b[3] & 0xFF) != 0x9B) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** ::a.b.c.d, the deprecated IPv4-compatible form (::ffff:a.b.c.d Java already reads as IPv4). */
    private static boolean isIpv4Compatible(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
