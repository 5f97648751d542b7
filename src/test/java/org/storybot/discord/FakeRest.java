package org.storybot.discord;

import static org.storybot.discord.FakeDiscord.APP;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.DM_CHANNEL;
import static org.storybot.discord.FakeDiscord.OWNER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.discord.FakeDiscord.Call;

/**
 * Discord's REST API and file host as the fake answers them: the gateway address, the bot's user
 * and application, command registration, interaction callbacks, webhook and channel messages, and
 * the files members attached; 401 without the bot's token, 404 for anything else, or the fault
 * {@link FakeFaults} injects. Every call goes into the {@link CallLog} with its answer.
 */
final class FakeRest {

    private static final Pattern WEBHOOK = Pattern.compile("/api/v10/webhooks/(\\d+)/([^/]+)(/messages/@original)?");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/api/v10/channels/(\\d+)/(messages|typing)");
    private static final Pattern COMMANDS = Pattern.compile("/api/v10/applications/(\\d+)(/guilds/(\\d+))?/commands");

    private final DiscordJson json;
    private final CallLog calls;
    private final FakeFaults faults;
    private final FakeGateway gateway;
    private final String expectedToken;
    private final Map<String, Long> channelOfToken = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private volatile int recommendedShards = 1;
    private volatile int maxConcurrency = 1;

    FakeRest(DiscordJson json, CallLog calls, FakeFaults faults, FakeGateway gateway, String expectedToken) {
        this.json = json;
        this.calls = calls;
        this.faults = faults;
        this.gateway = gateway;
        this.expectedToken = expectedToken;
    }

    /** Serves {@code content} at {@code path} on cdn.discordapp.com. */
    void serveFile(String path, byte[] content) {
        files.put(path, content);
    }

    /** The interaction with {@code token} happened in {@code channel}: its webhook posts there. */
    void interactionIn(String token, long channel) {
        channelOfToken.put(token, channel);
    }

    /** What GET /gateway/bot answers from now on: {@code shards} recommended, {@code concurrency} identifies at once. */
    void recommendShards(int shards, int concurrency) {
        recommendedShards = shards;
        maxConcurrency = concurrency;
    }

    void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            host = host == null ? "" : host.replaceFirst(":\\d+$", "");
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = raw.length == 0 || contentType == null || !contentType.contains("json") ? null
                    : json.mapper().readTree(raw);
            Call request = new Call(exchange.getRequestMethod(), host, path,
                    exchange.getRequestHeaders().getFirst("Authorization"), body, 0, null);
            Reply reply = faults.answer(request.method(), path)
                    .map(fault -> new Reply(fault.status(), fault.bytes(), "application/json", fault.headers()))
                    .orElse(null);
            reply = reply != null ? reply : answer(request);
            JsonNode response = reply.body() != null && reply.contentType().contains("json")
                    ? json.mapper().readTree(reply.body()) : null;
            calls.add(new Call(request.method(), host, path, request.authorization(), body, reply.status(), response));
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
            return file == null ? jsonReply(404, json.obj("message", "404: Not Found", "code", 0))
                    : new Reply(200, file, "application/octet-stream");
        }
        String path = call.path();
        if (call.is("GET", "/api/v10/gateway")) {
            return jsonReply(200, json.obj("url", gateway.url()));
        }
        boolean tokenFree = path.startsWith("/api/v10/interactions/") || path.startsWith("/api/v10/webhooks/");
        if (!tokenFree && !("Bot " + expectedToken).equals(call.authorization())) {
            return jsonReply(401, json.obj("message", "401: Unauthorized", "code", 0));
        }
        if (call.is("GET", "/api/v10/gateway/bot")) {
            return jsonReply(200, gatewayBot());
        }
        if (call.is("GET", "/api/v10/users/@me")) {
            return jsonReply(200, json.user(BOT));
        }
        if (call.is("GET", "/api/v10/oauth2/applications/@me")) {
            return jsonReply(200, json.obj("id", String.valueOf(APP), "name", "storybot", "description", "", "icon", null,
                    "bot_public", true, "bot_require_code_grant", false, "owner", json.user(OWNER)));
        }
        Matcher commands = COMMANDS.matcher(path);
        if (call.method().equals("PUT") && commands.matches()) {
            ArrayNode registered = json.array();
            for (JsonNode command : call.body()) {
                ObjectNode copy = command.deepCopy();
                copy.put("id", String.valueOf(json.nextId())).put("application_id", String.valueOf(APP))
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
            return channel == null ? jsonReply(404, json.obj("message", "Unknown Webhook", "code", 10015))
                    : jsonReply(200, posted(channel, call.body()));
        }
        Matcher channelCall = CHANNEL_MESSAGES.matcher(path);
        if (call.method().equals("POST") && channelCall.matches()) {
            if (channelCall.group(2).equals("typing")) {
                return new Reply(204, null, "application/json");
            }
            return jsonReply(200, posted(Long.parseLong(channelCall.group(1)), call.body()));
        }
        return jsonReply(404, json.obj("message", "404: Not Found", "code", 0));
    }

    /** The message object Discord returns for a message the bot posted. */
    private ObjectNode posted(long channel, JsonNode body) {
        ObjectNode message = json.obj("id", String.valueOf(json.nextId()), "channel_id", String.valueOf(channel),
                "type", body.has("message_reference") ? 19 : 0, "content", body.path("content").asText(""),
                "author", json.user(BOT), "timestamp", "2026-11-27T12:00:00.000000+00:00", "edited_timestamp", null,
                "tts", false, "mention_everyone", false, "pinned", false, "flags", body.path("flags").asInt(0));
        if (channel != DM_CHANNEL) {
            message.put("guild_id", String.valueOf(DiscordJson.guildOf(channel)));
        }
        message.set("mentions", json.array());
        message.set("mention_roles", json.array());
        message.set("attachments", json.array());
        message.set("embeds", json.array());
        message.set("components", body.has("components") ? body.get("components") : json.array());
        if (body.has("message_reference")) {
            message.set("message_reference", json.obj("message_id",
                    body.path("message_reference").path("message_id").asText(), "channel_id", String.valueOf(channel)));
        }
        return message;
    }

    private Reply jsonReply(int status, JsonNode body) throws IOException {
        return new Reply(status, json.mapper().writeValueAsBytes(body), "application/json");
    }

    private ObjectNode gatewayBot() {
        return json.obj("url", gateway.url(), "shards", recommendedShards, "session_start_limit",
                json.obj("total", 1000, "remaining", 998, "reset_after", 14_400_000, "max_concurrency", maxConcurrency));
    }
}
