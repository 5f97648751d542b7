package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;

/**
 * Discord's advice for a bot's connections, {@code GET /gateway/bot}: how many shards it should
 * have, and its session start limit: starts left until the limit resets, and how many shards may
 * identify at once ({@code max_concurrency}: shard {@code s} is in bucket {@code s % max_concurrency}).
 */
final class GatewayBot {

    /** What Discord said. */
    record Advice(int shards, int maxConcurrency, int remaining, Duration resetAfter) {
    }

    private final DiscordHttp http;
    private final ObjectMapper json;

    GatewayBot(DiscordHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    Advice ask(String token) {
        try {
            DiscordHttp.Response response = http.getWithToken("gateway/bot", token);
            if (response.status() != 200) {
                throw new DiscordStartException("Discord did not say how to shard the bot (GET /gateway/bot answered HTTP "
                        + response.status() + ")");
            }
            JsonNode body = json.readTree(response.body());
            JsonNode limit = body.path("session_start_limit");
            int shards = body.path("shards").asInt(0);
            if (shards < 1) {
                throw new DiscordStartException("Discord's GET /gateway/bot named no shard count: " + body.path("shards"));
            }
            return new Advice(shards, Math.max(1, limit.path("max_concurrency").asInt(1)),
                    limit.path("remaining").asInt(Integer.MAX_VALUE), Duration.ofMillis(limit.path("reset_after").asLong(0)));
        } catch (IOException e) {
            throw new DiscordStartException("cannot ask Discord how to shard the bot (GET /gateway/bot): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordStartException("interrupted while asking Discord how to shard the bot");
        }
    }
}
