package org.storybot.discord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP CONNECT proxy on 127.0.0.1, as a company proxy would be: it tunnels the Discord hosts
 * to one local TLS server and refuses every other host. It records what was asked for, so a test
 * can show that nothing else was reached.
 */
final class ConnectProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Set<String> tunnelled;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    /** @param tunnelled host names (port 443) sent on to 127.0.0.1:{@code targetPort} */
    ConnectProxy(Set<String> tunnelled, int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.tunnelled = tunnelled;
        Thread accept = new Thread(this::acceptLoop, "fake-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Every "host:port" a client asked the proxy to connect to. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                daemon(() -> tunnel(client), "fake-proxy-client");
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void tunnel(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String head = readHead(in);
            String[] requestLine = head.lines().findFirst().orElse("").split(" ");
            if (requestLine.length < 2 || !requestLine[0].equals("CONNECT")) {
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String target = requestLine[1];
            requested.add(target);
            String host = target.substring(0, target.lastIndexOf(':'));
            if (!tunnelled.contains(host) || !target.endsWith(":443")) {
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                open.add(upstream);
                out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread back = daemon(() -> pipe(upstream, client), "fake-proxy-down");
                pipe(client, upstream);
                back.join();
            }
        } catch (IOException | InterruptedException e) {
            // a client going away ends its tunnel
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // either side closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
