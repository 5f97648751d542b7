package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway as a bot sees it, on ws://127.0.0.1: HELLO on connect, an ACK for every
 * heartbeat, READY and the servers after a good IDENTIFY, close code 4004 after a bad one; then
 * whatever dispatches the test sends (interactions, messages), each with its sequence number.
 */
final class FakeGateway extends WebSocketServer {

    /** A dispatch: event name and data. */
    record Dispatch(String type, JsonNode data) {
    }

    private final ObjectMapper json;
    /** The dispatches that follow an IDENTIFY with this token (with its "Bot " prefix), or null to refuse it. */
    private final Function<String, List<Dispatch>> onIdentify;
    private final AtomicInteger sequence = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile WebSocket session;
    private volatile CountDownLatch identified = new CountDownLatch(1);

    FakeGateway(ObjectMapper json, Function<String, List<Dispatch>> onIdentify) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.json = json;
        this.onIdentify = onIdentify;
        setReuseAddr(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** Waits until a bot has identified and been sent READY. */
    void awaitIdentified() throws InterruptedException {
        if (!identified.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no bot identified on the fake gateway");
        }
    }

    /** Sends a dispatch (op 0) to the connected bot. */
    void dispatch(String type, JsonNode data) {
        WebSocket bot = session;
        if (bot == null) {
            throw new IllegalStateException("no bot is connected to the fake gateway");
        }
        send(bot, Map.of("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data));
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        send(conn, Map.of("op", 10, "d", Map.of("heartbeat_interval", 41_250)));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode packet = json.readTree(message);
            switch (packet.path("op").asInt()) {
                case 1 -> send(conn, Map.of("op", 11));
                case 2 -> identify(conn, packet.path("d").path("token").asText());
                default -> { } // presence updates, member requests: nothing to answer
            }
        } catch (Exception e) {
            throw new IllegalStateException("the fake gateway could not read " + message, e);
        }
    }

    private void identify(WebSocket conn, String token) {
        List<Dispatch> dispatches = onIdentify.apply(token);
        if (dispatches == null) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        session = conn;
        for (Dispatch d : dispatches) {
            dispatch(d.type(), d.data());
        }
        identified.countDown();
    }

    private void send(WebSocket conn, Object packet) {
        try {
            conn.send(json.writeValueAsString(packet));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == session) {
            session = null;
            identified = new CountDownLatch(1);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a bot disconnecting mid-frame is not the test's concern
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
