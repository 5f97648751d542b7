package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A fake Discord on 127.0.0.1 that the real, unmodified Javacord logs in to: its REST API over TLS
 * (a self-signed certificate for discord.com, reached through an HTTP CONNECT proxy, as the JVM's
 * standard proxy and trust-store properties direct) and its gateway websocket. It records every
 * REST call the bot makes, which is what the tests assert on, and lets a test send the events a
 * member's actions would cause: slash commands, autocomplete, button clicks, messages.
 *
 * <p>Only one fake is active per JVM at a time: it points the JVM's proxy and trust store at itself
 * while open and restores them on close.
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

    /** View channels, send messages, read history, use application commands: what @everyone may do. */
    private static final long EVERYONE_PERMISSIONS = 0x400L | 0x800L | 0x10000L | 0x80000000L | 0x4000000000L;
    private static final long MANAGE_SERVER = 0x20L;
    private static final Set<String> HOSTS = Set.of("discord.com", "cdn.discordapp.com");
    private static final Pattern WEBHOOK = Pattern.compile("/api/v10/webhooks/(\\d+)/([^/]+)(/messages/@original)?");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/api/v10/channels/(\\d+)/(messages|typing)");
    private static final Pattern COMMANDS = Pattern.compile("/api/v10/applications/(\\d+)(/guilds/(\\d+))?/commands");
    private static final String[] JVM_ROUTE = {"https.proxyHost", "https.proxyPort", "javax.net.ssl.trustStore",
        "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"};

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

    private final ObjectMapper json = JsonMapper.builder().build();
    private final AtomicLong ids = new AtomicLong(950_000_000_000_000_000L);
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Long> channelOfToken = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> previousRoute = new HashMap<>();
    /**
     * One certificate for every fake of the test JVM: the JDK's HTTP client keeps trust across
     * fakes in one JVM (a second fake's own certificate then fails the signature check).
     */
    private static final HeldCertificate CERTIFICATE = new HeldCertificate.Builder().commonName("discord.com")
            .addSubjectAlternativeName("discord.com").addSubjectAlternativeName("cdn.discordapp.com")
            .duration(1, TimeUnit.DAYS).build();
    private final FakeFaults faults = new FakeFaults();
    private final String expectedToken;
    private final ExecutorService httpThreads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "fake-discord-rest");
        t.setDaemon(true);
        return t;
    });
    private HttpsServer https;
    private ConnectProxy proxy;
    private FakeGateway gateway;
    private Map<String, String> route;
    private volatile int recommendedShards = 1;
    private volatile int maxConcurrency = 1;
    private volatile boolean secondServer;

    private FakeDiscord(String expectedToken) {
        this.expectedToken = expectedToken;
    }

    /** Starts the fake, accepting {@code token}, and routes the JVM's HTTPS to it. */
    static FakeDiscord start(Path dir, String token) throws Exception {
        FakeDiscord fake = new FakeDiscord(token);
        fake.open(dir);
        return fake;
    }

    private void open(Path dir) throws Exception {
        HeldCertificate certificate = CERTIFICATE;
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverSide.sslContext()));
        https.createContext("/", this::serve);
        https.setExecutor(httpThreads);
        https.start();
        proxy = new ConnectProxy(HOSTS, https.getAddress().getPort());
        gateway = new FakeGateway(json, this::identify);
        gateway.startAndWait();

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

    // ---------------------------------------------------------------- what the bot did

    /** Every REST call so far, in order. */
    synchronized List<Call> calls() {
        return List.copyOf(calls);
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
    synchronized List<Call> awaitAll(Predicate<Call> wanted, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<Call> matching = calls.stream().filter(wanted).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited 60 s for " + count + " matching call(s); the bot made: " + calls);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Every host the bot asked the proxy for. */
    List<String> proxied() {
        return proxy.requested();
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
        String path = "/attachments/" + CHANNEL + "/" + ids.incrementAndGet() + "/" + name;
        files.put(path, content);
        return "https://cdn.discordapp.com" + path;
    }

    /** A slash command from {@code user} in {@code channel} with string options. */
    Interaction slash(long user, long channel, String command, Map<String, String> options) {
        ArrayNode opts = json.createArrayNode();
        options.forEach((name, value) -> opts.add(obj("name", name, "type", 3, "value", value)));
        return interact(2, user, channel, obj("id", "920000000000000001", "name", command, "type", 1, "options", opts), null);
    }

    /** /ingest with an attached file. */
    Interaction ingest(long user, long channel, String fileName, byte[] content) {
        String attachmentId = String.valueOf(ids.incrementAndGet());
        String url = attach(fileName, content);
        ObjectNode attachment = obj("id", attachmentId, "filename", fileName, "size", content.length, "url", url,
                "proxy_url", url, "content_type", "text/plain");
        ObjectNode data = obj("id", "920000000000000006", "name", "ingest", "type", 1,
                "options", json.createArrayNode().add(obj("name", "file", "type", 11, "value", attachmentId)),
                "resolved", obj("attachments", obj(attachmentId, attachment)));
        return interact(2, user, channel, data, null);
    }

    /** Someone typing in a command's {@code option}: an autocomplete request. */
    Interaction autocomplete(long user, long channel, String command, String option, String typed) {
        ArrayNode opts = json.createArrayNode().add(obj("name", option, "type", 3, "value", typed, "focused", true));
        return interact(4, user, channel, obj("id", "920000000000000001", "name", command, "type", 1, "options", opts), null);
    }

    /** A click on the button {@code customId} under the bot's {@code message}. */
    Interaction click(long user, String customId, JsonNode message) {
        return interact(3, user, message.path("channel_id").asLong(), obj("custom_id", customId, "component_type", 2), message);
    }

    private Interaction interact(int type, long user, long channel, ObjectNode data, JsonNode message) {
        String id = String.valueOf(ids.incrementAndGet());
        String token = "interaction-token-" + id;
        channelOfToken.put(token, channel);
        ObjectNode interaction = obj("id", id, "application_id", String.valueOf(APP), "type", type, "token", token,
                "version", 1, "locale", "en-US", "channel_id", String.valueOf(channel), "data", data);
        if (channel == DM_CHANNEL) {
            interaction.set("user", user(user));
        } else {
            interaction.put("guild_id", String.valueOf(guildOf(channel))).put("guild_locale", "en-US");
            interaction.set("member", member(user));
        }
        if (message != null) {
            interaction.set("message", message);
        }
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new Interaction(id, token);
    }

    /**
     * A message from {@code author} in {@code channel}; {@code mentionsBot} puts the bot in its
     * mentions (the content should then hold {@code <@BOT>}); {@code replyTo} is a bot message it
     * replies to, or null. Returns the message as sent.
     */
    JsonNode message(long author, long channel, String content, boolean mentionsBot, JsonNode replyTo) {
        ObjectNode message = obj("id", String.valueOf(ids.incrementAndGet()), "channel_id", String.valueOf(channel),
                "type", replyTo == null ? 0 : 19, "content", content, "author", user(author),
                "timestamp", "2026-11-27T12:00:00.000000+00:00", "edited_timestamp", null, "tts", false,
                "mention_everyone", content.contains("@everyone"), "pinned", false, "flags", 0);
        message.set("mentions", mentionsBot ? json.createArrayNode().add(user(BOT)) : json.createArrayNode());
        ArrayNode roles = json.createArrayNode();
        if (content.contains("<@&" + READERS_ROLE + ">")) {
            roles.add(String.valueOf(READERS_ROLE));
        }
        message.set("mention_roles", roles);
        message.set("attachments", json.createArrayNode());
        message.set("embeds", json.createArrayNode());
        message.set("components", json.createArrayNode());
        if (channel != DM_CHANNEL) {
            message.put("guild_id", String.valueOf(GUILD));
            message.set("member", member(author).without("user"));
        }
        if (replyTo != null) {
            message.set("referenced_message", replyTo);
            message.set("message_reference", obj("message_id", replyTo.path("id").asText(), "channel_id",
                    String.valueOf(channel)));
        }
        gateway.dispatch("MESSAGE_CREATE", message);
        return message;
    }

    // ---------------------------------------------------------------- REST

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            host = host == null ? "" : host.replaceFirst(":\\d+$", "");
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = raw.length == 0 || contentType == null || !contentType.contains("json") ? null : json.readTree(raw);
            Call request = new Call(exchange.getRequestMethod(), host, path,
                    exchange.getRequestHeaders().getFirst("Authorization"), body, 0, null);
            Reply reply = faults.answer(request.method(), path)
                    .map(fault -> new Reply(fault.status(), fault.bytes(), "application/json", fault.headers()))
                    .orElse(null);
            reply = reply != null ? reply : answer(request);
            JsonNode response = reply.body() != null && reply.contentType().contains("json") ? json.readTree(reply.body()) : null;
            synchronized (this) {
                calls.add(new Call(request.method(), host, path, request.authorization(), body, reply.status(), response));
                notifyAll();
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            if (reply.body() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
            } else {
                exchange.sendResponseHeaders(reply.status(), reply.body().length);
                exchange.getResponseBody().write(reply.body());
            }
        }
    }

    private record Reply(int status, byte[] body, String contentType, Map<String, String> headers) {
        Reply(int status, byte[] body, String contentType) {
            this(status, body, contentType, Map.of());
        }
    }

    private Reply answer(Call call) throws IOException {
        if (call.host().equals("cdn.discordapp.com")) {
            byte[] file = files.get(call.path());
            return file == null ? jsonReply(404, obj("message", "404: Not Found", "code", 0))
                    : new Reply(200, file, "application/octet-stream");
        }
        String path = call.path();
        if (call.is("GET", "/api/v10/gateway")) {
            return jsonReply(200, obj("url", gateway.url()));
        }
        boolean tokenFree = path.startsWith("/api/v10/interactions/") || path.startsWith("/api/v10/webhooks/");
        if (!tokenFree && !("Bot " + expectedToken).equals(call.authorization())) {
            return jsonReply(401, obj("message", "401: Unauthorized", "code", 0));
        }
        if (call.is("GET", "/api/v10/gateway/bot")) {
            return jsonReply(200, gatewayBot());
        }
        if (call.is("GET", "/api/v10/users/@me")) {
            return jsonReply(200, user(BOT));
        }
        if (call.is("GET", "/api/v10/oauth2/applications/@me")) {
            return jsonReply(200, obj("id", String.valueOf(APP), "name", "storybot", "description", "", "icon", null,
                    "bot_public", true, "bot_require_code_grant", false, "owner", user(OWNER)));
        }
        Matcher commands = COMMANDS.matcher(path);
        if (call.method().equals("PUT") && commands.matches()) {
            ArrayNode registered = json.createArrayNode();
            for (JsonNode command : call.body()) {
                ObjectNode copy = command.deepCopy();
                copy.put("id", String.valueOf(ids.incrementAndGet())).put("application_id", String.valueOf(APP))
                        .put("version", "1");
                if (!copy.has("type")) {
                    copy.put("type", 1);
                }
                if (commands.group(3) != null) {
                    copy.put("guild_id", commands.group(3));
                }
                registered.add(copy);
            }
            return jsonReply(200, registered);
        }
        if (call.is("POST", "/api/v10/interactions/\\d+/[^/]+/callback")) {
            return new Reply(204, null, "application/json");
        }
        Matcher webhook = WEBHOOK.matcher(path);
        if (webhook.matches() && (call.method().equals("PATCH") || call.method().equals("POST"))) {
            Long channel = channelOfToken.get(webhook.group(2));
            return channel == null ? jsonReply(404, obj("message", "Unknown Webhook", "code", 10015))
                    : jsonReply(200, posted(channel, call.body()));
        }
        Matcher channelCall = CHANNEL_MESSAGES.matcher(path);
        if (call.method().equals("POST") && channelCall.matches()) {
            if (channelCall.group(2).equals("typing")) {
                return new Reply(204, null, "application/json");
            }
            return jsonReply(200, posted(Long.parseLong(channelCall.group(1)), call.body()));
        }
        return jsonReply(404, obj("message", "404: Not Found", "code", 0));
    }

    /** The message object Discord returns for a message the bot posted. */
    private ObjectNode posted(long channel, JsonNode body) {
        ObjectNode message = obj("id", String.valueOf(ids.incrementAndGet()), "channel_id", String.valueOf(channel),
                "type", body.has("message_reference") ? 19 : 0, "content", body.path("content").asText(""),
                "author", user(BOT), "timestamp", "2026-11-27T12:00:00.000000+00:00", "edited_timestamp", null,
                "tts", false, "mention_everyone", false, "pinned", false, "flags", body.path("flags").asInt(0));
        if (channel != DM_CHANNEL) {
            message.put("guild_id", String.valueOf(guildOf(channel)));
        }
        message.set("mentions", json.createArrayNode());
        message.set("mention_roles", json.createArrayNode());
        message.set("attachments", json.createArrayNode());
        message.set("embeds", json.createArrayNode());
        message.set("components", body.has("components") ? body.get("components") : json.createArrayNode());
        if (body.has("message_reference")) {
            message.set("message_reference", obj("message_id", body.path("message_reference").path("message_id").asText(),
                    "channel_id", String.valueOf(channel)));
        }
        return message;
    }

    private Reply jsonReply(int status, JsonNode body) throws IOException {
        return new Reply(status, json.writeValueAsBytes(body), "application/json");
    }

    // ---------------------------------------------------------------- gateway

    /** READY and the server after an IDENTIFY with the right token; null (close 4004) otherwise. */
    private List<FakeGateway.Dispatch> identify(String token) {
        if (!("Bot " + expectedToken).equals(token)) {
            return null;
        }
        ObjectNode ready = obj("v", 10, "user", user(BOT), "session_id", "fake-session-" + ids.incrementAndGet(),
                "resume_gateway_url", gateway.url(), "application", obj("id", String.valueOf(APP), "flags", 0));
        ready.set("guilds", json.createArrayNode().add(obj("id", String.valueOf(GUILD), "unavailable", true)));
        ready.set("private_channels", json.createArrayNode());
        if (secondServer) {
            ((ArrayNode) ready.get("guilds")).add(obj("id", String.valueOf(GUILD_2), "unavailable", true));
            return List.of(new FakeGateway.Dispatch("READY", ready), new FakeGateway.Dispatch("GUILD_CREATE", guild()),
                    new FakeGateway.Dispatch("GUILD_CREATE", secondGuild()));
        }
        return List.of(new FakeGateway.Dispatch("READY", ready), new FakeGateway.Dispatch("GUILD_CREATE", guild()));
    }

    // ---------------------------------------------------------------- shards

    /** What GET /gateway/bot answers from now on: {@code shards} recommended, {@code concurrency} identifies at once. */
    void recommendShards(int shards, int concurrency) {
        recommendedShards = shards;
        maxConcurrency = concurrency;
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

    private ObjectNode gatewayBot() {
        return obj("url", gateway.url(), "shards", recommendedShards, "session_start_limit",
                obj("total", 1000, "remaining", 998, "reset_after", 14_400_000, "max_concurrency", maxConcurrency));
    }

    private static long guildOf(long channel) {
        return channel == CHANNEL_2 ? GUILD_2 : GUILD;
    }

    /** The second server: the first's roles and members under its own id, with one channel. */
    private ObjectNode secondGuild() {
        ObjectNode guild = guild();
        guild.put("id", String.valueOf(GUILD_2)).put("name", "Second newsroom");
        ((ObjectNode) guild.get("roles").get(0)).put("id", String.valueOf(GUILD_2)); // @everyone's id is the server's
        guild.set("channels", json.createArrayNode().add(textChannel(CHANNEL_2, "news", 0).put("guild_id", String.valueOf(GUILD_2))));
        guild.set("threads", json.createArrayNode());
        return guild;
    }

    private ObjectNode guild() {
        ObjectNode guild = obj("id", String.valueOf(GUILD), "name", "Newsroom", "icon", null, "region", "us-east",
                "large", false, "member_count", 4, "owner_id", String.valueOf(OWNER), "verification_level", 0,
                "explicit_content_filter", 0, "default_message_notifications", 0, "mfa_level", 0, "premium_tier", 0,
                "nsfw_level", 0, "preferred_locale", "en-US");
        guild.set("features", json.createArrayNode());
        guild.set("roles", json.createArrayNode()
                .add(role(GUILD, "@everyone", 0, EVERYONE_PERMISSIONS))
                .add(role(MANAGERS_ROLE, "Managers", 2, MANAGE_SERVER))
                .add(role(READERS_ROLE, "Readers", 1, 0)));
        guild.set("channels", json.createArrayNode()
                .add(textChannel(CHANNEL, "news", 0))
                .add(textChannel(OTHER_CHANNEL, "off-topic", 1)));
        ObjectNode thread = obj("id", String.valueOf(THREAD), "type", 11, "name", "resignation follow-ups",
                "guild_id", String.valueOf(GUILD), "parent_id", String.valueOf(CHANNEL), "owner_id", String.valueOf(MEMBER),
                "position", 0, "message_count", 0, "member_count", 1, "rate_limit_per_user", 0,
                "thread_metadata", obj("archived", false, "auto_archive_duration", 1440,
                        "archive_timestamp", "2026-11-27T12:00:00.000000+00:00", "locked", false));
        guild.set("threads", json.createArrayNode().add(thread));
        guild.set("members", json.createArrayNode().add(member(BOT)).add(member(OWNER)).add(member(ADMIN)).add(member(MEMBER)));
        guild.set("voice_states", json.createArrayNode());
        guild.set("presences", json.createArrayNode());
        guild.set("emojis", json.createArrayNode());
        guild.set("stickers", json.createArrayNode());
        return guild;
    }

    private ObjectNode role(long id, String name, int position, long permissions) {
        return obj("id", String.valueOf(id), "name", name, "position", position, "color", 0, "hoist", false,
                "mentionable", true, "permissions", String.valueOf(permissions), "managed", false);
    }

    private ObjectNode textChannel(long id, String name, int position) {
        ObjectNode channel = obj("id", String.valueOf(id), "type", 0, "name", name, "position", position,
                "guild_id", String.valueOf(GUILD), "nsfw", false, "topic", null, "rate_limit_per_user", 0);
        channel.set("permission_overwrites", json.createArrayNode());
        return channel;
    }

    private ObjectNode user(long id) {
        String name = id == BOT ? "storybot" : id == OTHER_BOT ? "otherbot" : "user" + Long.toString(id).substring(15);
        return obj("id", String.valueOf(id), "username", name, "discriminator", "0", "global_name", name, "avatar", null,
                "bot", id == BOT || id == OTHER_BOT);
    }

    private ObjectNode member(long id) {
        ArrayNode roles = json.createArrayNode();
        if (id == ADMIN) {
            roles.add(String.valueOf(MANAGERS_ROLE));
        }
        ObjectNode member = obj("user", user(id), "joined_at", "2026-01-01T00:00:00.000000+00:00", "deaf", false,
                "mute", false, "pending", false);
        member.set("roles", roles);
        return member;
    }

    /** A JSON object from name, value pairs (values: strings, numbers, booleans, null or JSON nodes). */
    private ObjectNode obj(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return json.valueToTree(fields);
    }

    @Override
    public void close() throws IOException {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
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

    /** Bytes of text, for attached files. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
