package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.storybot.discord.FakeGateway.Dispatch;
import org.storybot.discord.FakeGateway.Identified;

/**
 * The fake gateway's shards: which connection identified as which shard, the READY and
 * GUILD_CREATEs each shard gets (only its own servers), and the connection a server's dispatches
 * go to. Discord puts a server on shard (guild_id >> 22) % total. Thread-safe.
 */
final class GatewayShards {

    /** Each shard's connection, by shard id, and the total the shards named; dispatches go to their guild's shard. */
    private final Map<Integer, WebSocket> shardSessions = new ConcurrentHashMap<>();
    private final Map<WebSocket, int[]> shardOfConnection = new ConcurrentHashMap<>();
    private volatile int shardTotal = 1;
    private final List<Identified> identifies = new ArrayList<>();

    /** An IDENTIFY on {@code conn} named {@code shard} ([id, total], or missing for [0, 1]). */
    void noteShard(WebSocket conn, JsonNode shard) {
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

    /** {@code conn} closed: its shard is no longer connected. */
    void closed(WebSocket conn) {
        int[] shard = shardOfConnection.remove(conn);
        if (shard != null) {
            shardSessions.remove(shard[0], conn);
        }
    }

    /** Which shard Discord puts a server on: (guild_id >> 22) % total. */
    static int shardOf(long guildId, int total) {
        return (int) ((guildId >> 22) % total);
    }

    /** READY listing only the shard's servers, and only their GUILD_CREATEs. */
    List<Dispatch> onShard(WebSocket conn, List<Dispatch> dispatches) {
        int[] shard = shardOfConnection.getOrDefault(conn, new int[] {0, 1});
        List<Dispatch> mine = new ArrayList<>();
        for (Dispatch d : dispatches) {
            if (d.type().equals("READY")) {
                ObjectNode ready = d.data().deepCopy();
                ArrayNode guilds = ready.putArray("guilds");
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

    /**
     * The connection of the shard a dispatch's server is on (shard 0 for direct messages), or
     * {@code session}, the one bot's, when it is not sharded.
     */
    WebSocket sessionFor(JsonNode data, WebSocket session) {
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
}
