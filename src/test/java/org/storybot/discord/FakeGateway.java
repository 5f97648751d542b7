package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway as a bot sees it, on ws://127.0.0.1: HELLO on connect, an ACK for every
 * heartbeat, READY and the servers after a good IDENTIFY, close code 4004 after a bad one; then
 * whatever dispatches the test sends (interactions, messages), each with its sequence number.
 * Its faults ({@link #drop}, {@link #sendReconnect}, {@link #invalidateSession}) are Discord's: a
 * dropped session is resumed with op 6 and gets the dispatches it missed, then RESUMED
 * ({@link GatewayReplay}). A sharded bot gets each shard's servers on that shard's connection
 * ({@link GatewayShards}).
 */
final class FakeGateway extends WebSocketServer {

    /** A dispatch: event name and data. */
    record Dispatch(String type, JsonNode data) { }

    private final ObjectMapper json;
    /** The dispatches that follow an IDENTIFY with this token (with its "Bot " prefix), or null to refuse it. */
    private final Function<String, List<Dispatch>> onIdentify;
    private final AtomicInteger sequence = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final GatewayReplay replay = new GatewayReplay();
    private volatile WebSocket session;
    private volatile CountDownLatch identified = new CountDownLatch(1);
    /** Which connection is which shard; dispatches go to their server's shard. */
    private final GatewayShards shards = new GatewayShards();

    /** An IDENTIFY as received: the shard it named ([0, 1] when none), and when (System.nanoTime). */
    record Identified(int shard, int total, long nanos) {
    }

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

    /**
     * Sends a dispatch (op 0) to the bot's connection for the shard of its server (shard 0 for direct
     * messages); while a resumable session is away, keeps it for the RESUME.
     */
    synchronized void dispatch(String type, JsonNode data) {
        WebSocket bot = shards.sessionFor(data, session);
        if (bot == null && !replay.resumable()) {
            throw new IllegalStateException("no bot is connected to the fake gateway");
        }
        sendDispatch(bot, type, data);
    }

    /** Numbers a dispatch, keeps it for a RESUME and sends it on {@code bot} (when connected). */
    private void sendDispatch(WebSocket bot, String type, JsonNode data) {
        int seq = sequence.incrementAndGet();
        String packet = text(Map.of("op", 0, "t", type, "s", seq, "d", data));
        replay.sent(new GatewayReplay.Sent(seq, type, data, packet));
        if (bot != null && bot.isOpen()) {
            try {
                bot.send(packet);
            } catch (WebsocketNotConnectedException closing) {
                // the bot is closing this connection (after op 7, say): the RESUME gets the dispatch, as Discord's would
            }
        }
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        send(conn, Map.of("op", 10, "d", Map.of("heartbeat_interval", 41_250)));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode packet = json.readTree(message);
            if (packet.path("op").asInt() == 2) {
                shards.noteShard(conn, packet.path("d").path("shard"));
            }
            switch (packet.path("op").asInt()) {
                case 1 -> send(conn, Map.of("op", 11));
                case 2 -> identify(conn, packet.path("d").path("token").asText());
                case 6 -> resume(conn, packet.path("d"));
                default -> { } // presence updates, member requests: nothing to answer
            }
        } catch (Exception e) {
            throw new IllegalStateException("the fake gateway could not read " + message, e);
        }
    }

    private synchronized void identify(WebSocket conn, String token) {
        List<Dispatch> dispatches = onIdentify.apply(token);
        if (dispatches == null) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        session = conn;
        for (Dispatch d : shards.onShard(conn, dispatches)) {
            if (d.type().equals("READY")) {
                replay.started(d.data().path("session_id").asText());
            }
            sendDispatch(conn, d.type(), d.data());
        }
        identified.countDown();
    }

    /** op 6: the missed dispatches and RESUMED for the session's id, else op 9 (d=false) to identify anew. */
    private synchronized void resume(WebSocket conn, JsonNode d) {
        Optional<List<String>> missed = replay.resume(d);
        if (missed.isEmpty()) {
            send(conn, Map.of("op", 9, "d", false));
            return;
        }
        session = conn;
        missed.get().forEach(conn::send);
        sendDispatch(conn, "RESUMED", json.createObjectNode());
        identified.countDown();
    }

    // ---------------------------------------------------------------- faults

    /**
     * Closes the bot's connection with {@code code}, as Discord does. After 4007 or 4009 the session
     * is over (a RESUME gets op 9); after any other code it can be resumed, and dispatches sent while
     * the bot is away are kept for it.
     */
    synchronized void drop(int code) {
        WebSocket bot = connected();
        session = null;
        identified = new CountDownLatch(1);
        if (code == 4007 || code == 4009) {
            replay.invalidate();
        }
        bot.close(code, "fake Discord dropped the connection");
    }

    /** op 7 RECONNECT: the bot should close, connect again and resume. */
    synchronized void sendReconnect() {
        send(connected(), Map.of("op", 7));
    }

    /** op 9 INVALID_SESSION with d=false: the session is over, the bot must identify anew. */
    synchronized void invalidateSession() {
        replay.invalidate();
        send(connected(), Map.of("op", 9, "d", false));
    }

    /** Sends the dispatch that carried {@code id} (an interaction, a message) once more, with a new sequence number. */
    void deliverAgain(String id) {
        GatewayReplay.Sent first = replay.last(id).orElseThrow(() -> new IllegalArgumentException("nothing sent with id " + id));
        dispatch(first.type(), first.data());
    }

    /** The sessions, RESUMEs and replays so far. */
    GatewayReplay replay() {
        return replay;
    }

    private WebSocket connected() {
        WebSocket bot = session;
        if (bot == null) {
            throw new IllegalStateException("no bot is connected to the fake gateway");
        }
        return bot;
    }

    private void send(WebSocket conn, Object packet) {
        conn.send(text(packet));
    }

    private String text(Object packet) {
        try {
            return json.writeValueAsString(packet);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (remote && (code == 1000 || code == 1001)) {
            replay.invalidate(); // Discord ends a session its bot closes normally
        }
        shards.closed(conn);
        if (conn == session) {
            session = null;
            identified = new CountDownLatch(1);
        }
    }

    /** Every IDENTIFY so far, in order. */
    List<Identified> identifies() {
        return shards.identifies();
    }

    /** Waits until {@code count} shards have identified and are connected. */
    void awaitShards(int count) throws InterruptedException {
        shards.awaitShards(count);
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
