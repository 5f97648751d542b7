package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Each shard's connection, by shard id, and the total the shards named; dispatches go to their guild's shard. */
    private final Map<Integer, WebSocket> shardSessions = new ConcurrentHashMap<>();
    private final Map<WebSocket, int[]> shardOfConnection = new ConcurrentHashMap<>();
    private volatile int shardTotal = 1;
    private final List<Identified> identifies = new ArrayList<>();

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

    /** Sends a dispatch (op 0) to the connected bot. */
    void dispatch(String type, JsonNode data) {
        WebSocket bot = sessionFor(data);
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
            if (packet.path("op").asInt() == 2) {
                noteShard(conn, packet.path("d").path("shard"));
            }
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
        for (Dispatch d : onShard(conn, dispatches)) {
            send(conn, Map.of("op", 0, "t", d.type(), "s", sequence.incrementAndGet(), "d", d.data()));
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
        int[] shard = shardOfConnection.remove(conn);
        if (shard != null) {
            shardSessions.remove(shard[0], conn);
        }
        if (conn == session) {
            session = null;
            identified = new CountDownLatch(1);
        }
    }

    // ---------------------------------------------------------------- shards

    private void noteShard(WebSocket conn, JsonNode shard) {
        int id = shard.isArray() ? shard.path(0).asInt() : 0;
        int total = shard.isArray() ? shard.path(1).asInt(1) : 1;
        synchronized (identifies) {
            identifies.add(new Identified(id, total, System.nanoTime()));
            identifies.notifyAll();
        }
        shardTotal = total;
        shardOfConnection.put(conn, new int[] {id, total});
        shardSessions.put(id, conn);
    }

    /** Which shard Discord puts a server on: (guild_id >> 22) % total. */
    static int shardOf(long guildId, int total) {
        return (int) ((guildId >> 22) % total);
    }

    /** READY listing only the shard's servers, and only their GUILD_CREATEs. */
    private List<Dispatch> onShard(WebSocket conn, List<Dispatch> dispatches) {
        int[] shard = shardOfConnection.getOrDefault(conn, new int[] {0, 1});
        List<Dispatch> mine = new ArrayList<>();
        for (Dispatch d : dispatches) {
            if (d.type().equals("READY")) {
                com.fasterxml.jackson.databind.node.ObjectNode ready = d.data().deepCopy();
                com.fasterxml.jackson.databind.node.ArrayNode guilds = ready.putArray("guilds");
                d.data().path("guilds").forEach(g -> {
                    if (shardOf(g.path("id").asLong(), shard[1]) == shard[0]) {
                        guilds.add(g);
                    }
                });
                ready.putArray("shard").add(shard[0]).add(shard[1]);
                mine.add(new Dispatch(d.type(), ready));
            } else if (!d.type().equals("GUILD_CREATE") || shardOf(d.data().path("id").asLong(), shard[1]) == shard[0]) {
                mine.add(d);
            }
        }
        return mine;
    }

    /** The connection of the shard a dispatch's server is on (shard 0 for direct messages), or the one bot. */
    private WebSocket sessionFor(JsonNode data) {
        if (shardSessions.size() <= 1 && shardTotal == 1) {
            return session;
        }
        long guild = data.path("guild_id").asLong(0);
        return shardSessions.get(guild == 0 ? 0 : shardOf(guild, shardTotal));
    }

    /** Every IDENTIFY so far, in order. */
    List<Identified> identifies() {
        synchronized (identifies) {
            return List.copyOf(identifies);
        }
    }

    /** Waits until {@code count} shards have identified and are connected. */
    void awaitShards(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (shardSessions.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited 60 s for " + count + " shards; identified: " + identifies());
            }
            Thread.sleep(20);
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
