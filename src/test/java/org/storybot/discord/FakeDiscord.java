package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A fake Discord on 127.0.0.1 that the real, unmodified Javacord logs in to: its REST API over TLS
 * (a self-signed certificate for discord.com, reached through an HTTP CONNECT proxy, as the JVM's
 * standard proxy and trust-store properties direct) and its gateway websocket. It records every
 * REST call the bot makes, which is what the tests assert on, and lets a test send the events a
 * member's actions would cause: slash commands, autocomplete, button clicks, messages.
 *
 * <p>Only one fake is active per JVM at a time: it points the JVM's proxy and trust store at itself
 * while open and restores them on close. Its parts: {@link HttpsRoute} (TLS, proxy, JVM
 * properties), {@link FakeRest} (the REST answers), {@link CallLog} (the calls made),
 * {@link MemberEvents} (what members do), {@link DiscordJson} (the server, its users and channels)
 * and {@link FakeGateway}.
 */
final class FakeDiscord implements AutoCloseable {

    static final String TOKEN = "MTAfake.bot-token-for-tests.ZZ9plural-Z-alpha";

    static final long APP = 910_000_000_000_000_001L;
    static final long BOT = 910_000_000_000_000_002L;
    static final long GUILD = 910_000_000_000_000_010L;
    static final long CHANNEL = 910_000_000_000_000_011L;
    static final long OTHER_CHANNEL = 910_000_000_000_000_012L;
    static final long THREAD = 910_000_000_000_000_013L;
    static final long DM_CHANNEL = 910_000_000_000_000_014L;
    static final long OWNER = 910_000_000_000_000_020L;
    static final long ADMIN = 910_000_000_000_000_021L;
    static final long MEMBER = 910_000_000_000_000_022L;
    static final long OTHER_BOT = 910_000_000_000_000_023L;
    static final long MANAGERS_ROLE = 910_000_000_000_000_030L;
    static final long READERS_ROLE = 910_000_000_000_000_031L;
    /** A second server, on shard 1 of 2 (GUILD is on shard 0), with one channel; sent only after {@link #addSecondServer}. */
    static final long GUILD_2 = GUILD + (1L << 22);
    static final long CHANNEL_2 = 910_000_000_000_000_015L;

    /** One REST call as the bot made it, and the fake's answer to it. */
    record Call(String method, String host, String path, String authorization, JsonNode body, int status,
            JsonNode response) {

        boolean is(String method, String pathPattern) {
            return this.method.equals(method) && path.matches(pathPattern);
        }

        /** The message content a call sends, or "" when it sends none. */
        String content() {
            if (body == null) {
                return "";
            }
            JsonNode data = body.has("data") ? body.get("data") : body;
            return data.path("content").asText("");
        }

        @Override
        public String toString() {
            return method + " " + host + path + (body == null ? "" : " " + body);
        }
    }

    /** An interaction the fake sent: what the bot's calls about it carry in their paths. */
    record Interaction(String id, String token) {

        String callbackPath() {
            return "/api/v10/interactions/" + id + "/" + token + "/callback";
        }

        String originalPath() {
            return "/api/v10/webhooks/" + APP + "/" + token + "/messages/@original";
        }

        String followupPath() {
            return "/api/v10/webhooks/" + APP + "/" + token;
        }
    }

    private final DiscordJson json = new DiscordJson();
    private final CallLog calls = new CallLog();
    private final FakeFaults faults = new FakeFaults();
    private final String expectedToken;
    private final FakeGateway gateway;
    private final FakeRest rest;
    private final MemberEvents members;
    private final HttpsRoute route;
    private volatile boolean secondServer;

    private FakeDiscord(Path dir, String expectedToken) throws Exception {
        this.expectedToken = expectedToken;
        gateway = new FakeGateway(json.mapper(), this::identify);
        gateway.startAndWait();
        rest = new FakeRest(json, calls, faults, gateway, expectedToken);
        members = new MemberEvents(json, rest, gateway);
        route = new HttpsRoute(dir, rest::serve);
    }

    /** Starts the fake, accepting {@code token}, and routes the JVM's HTTPS to it. */
    static FakeDiscord start(Path dir, String token) throws Exception {
        return new FakeDiscord(dir, token);
    }

    /** The same routing for another JVM, as its command-line options. */
    List<String> jvmOptions() {
        return route.jvmOptions();
    }

    // ---------------------------------------------------------------- what the bot did

    /** Every REST call so far, in order. */
    List<Call> calls() {
        return calls.all();
    }

    /** The calls about one interaction, in order. */
    List<Call> callsAbout(Interaction interaction) {
        return calls().stream().filter(c -> c.path().contains("/" + interaction.token())).toList();
    }

    /** Waits for a call matching {@code wanted} and returns the first one. */
    Call await(Predicate<Call> wanted) throws InterruptedException {
        return awaitAll(wanted, 1).get(0);
    }

    /** Waits until {@code count} calls match {@code wanted}; returns them in order. */
    List<Call> awaitAll(Predicate<Call> wanted, int count) throws InterruptedException {
        return calls.awaitAll(wanted, count);
    }

    /** Every host the bot asked the proxy for. */
    List<String> proxied() {
        return route.proxied();
    }

    void awaitLogin() throws InterruptedException {
        gateway.awaitIdentified();
    }

    /** The REST faults to inject, and when each call arrived. */
    FakeFaults faults() {
        return faults;
    }

    /** The gateway, for its faults: a dropped connection, op 7, op 9, an event delivered twice. */
    FakeGateway gateway() {
        return gateway;
    }

    // ---------------------------------------------------------------- what members do

    /** A file a member attached, served from Discord's file host; returns its URL. */
    String attach(String name, byte[] content) {
        return members.attach(name, content);
    }

    /** A slash command from {@code user} in {@code channel} with string options. */
    Interaction slash(long user, long channel, String command, Map<String, String> options) {
        return members.slash(user, channel, command, options);
    }

    /** /ingest with an attached file. */
    Interaction ingest(long user, long channel, String fileName, byte[] content) {
        return members.ingest(user, channel, fileName, content);
    }

    /** Someone typing in a command's {@code option}: an autocomplete request. */
    Interaction autocomplete(long user, long channel, String command, String option, String typed) {
        return members.autocomplete(user, channel, command, option, typed);
    }

    /** A click on the button {@code customId} under the bot's {@code message}. */
    Interaction click(long user, String customId, JsonNode message) {
        return members.click(user, customId, message);
    }

    /**
     * A message from {@code author} in {@code channel}; {@code mentionsBot} puts the bot in its
     * mentions (the content should then hold {@code <@BOT>}); {@code replyTo} is a bot message it
     * replies to, or null. Returns the message as sent.
     */
    JsonNode message(long author, long channel, String content, boolean mentionsBot, JsonNode replyTo) {
        return members.message(author, channel, content, mentionsBot, replyTo);
    }

    // ---------------------------------------------------------------- gateway

    /** READY and the server after an IDENTIFY with the right token; null (close 4004) otherwise. */
    private List<FakeGateway.Dispatch> identify(String token) {
        if (!("Bot " + expectedToken).equals(token)) {
            return null;
        }
        ObjectNode ready = json.obj("v", 10, "user", json.user(BOT), "session_id", "fake-session-" + json.nextId(),
                "resume_gateway_url", gateway.url(), "application", json.obj("id", String.valueOf(APP), "flags", 0));
        ready.set("guilds", json.array().add(json.obj("id", String.valueOf(GUILD), "unavailable", true)));
        ready.set("private_channels", json.array());
        if (secondServer) {
            ((ArrayNode) ready.get("guilds")).add(json.obj("id", String.valueOf(GUILD_2), "unavailable", true));
            return List.of(new FakeGateway.Dispatch("READY", ready), new FakeGateway.Dispatch("GUILD_CREATE", json.guild()),
                    new FakeGateway.Dispatch("GUILD_CREATE", json.secondGuild()));
        }
        return List.of(new FakeGateway.Dispatch("READY", ready), new FakeGateway.Dispatch("GUILD_CREATE", json.guild()));
    }

    // ---------------------------------------------------------------- shards

    /** What GET /gateway/bot answers from now on: {@code shards} recommended, {@code concurrency} identifies at once. */
    void recommendShards(int shards, int concurrency) {
        rest.recommendShards(shards, concurrency);
    }

    /** Puts {@link #GUILD_2} (shard 1 of 2) beside {@link #GUILD} in the READY of the next logins. */
    void addSecondServer() {
        secondServer = true;
    }

    /** Every IDENTIFY the gateway received, with its shard and time. */
    List<FakeGateway.Identified> identifies() {
        return gateway.identifies();
    }

    /** Waits until {@code count} shards are connected. */
    void awaitShards(int count) throws InterruptedException {
        gateway.awaitShards(count);
    }

    @Override
    public void close() throws IOException {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            route.close();
        }
    }

    /** Bytes of text, for attached files. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
