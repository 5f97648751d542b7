package org.storybot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.config.Shards;
import org.storybot.store.IdentifyGate;

/**
 * Logs in the shards this process runs, one Javacord connection each (all with the same
 * listeners), each shard's IDENTIFY waiting for its turn at the {@link IdentifyGate} in its bucket
 * ({@code shard % max_concurrency}). With {@code total-shards: auto} or more than one shard, asks
 * Discord first ({@code GET /gateway/bot}) for the count and the limit.
 */
final class ShardLogin {

    private static final Logger log = LoggerFactory.getLogger(ShardLogin.class);
    private static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(60);
    /** Added to the time allowed per shard beyond the first: its turn to identify. */
    private static final Duration PER_SHARD = Duration.ofSeconds(6);

    /** The shards this process runs, of how many, and how many of them may identify at once. */
    record Plan(List<Integer> ids, int total, int maxConcurrency) {
        Plan {
            ids = List.copyOf(ids);
        }

        String described() {
            return Shards.describe(ids, total);
        }
    }

    private final IdentifyGate gate;
    private final UnaryOperator<DiscordApiBuilder> tuning;

    /** @param gate the identify turns; null leaves Javacord's own limiter (one process, 5.5 s) */
    ShardLogin(IdentifyGate gate, UnaryOperator<DiscordApiBuilder> tuning) {
        this.gate = gate;
        this.tuning = tuning;
    }

    /** Which shards to run: the settings, with Discord's count for auto (and its limit whenever there are several). */
    static Plan plan(Shards sharding, Supplier<GatewayBot.Advice> discord) {
        if (!sharding.automatic() && sharding.total().getAsInt() == 1) {
            return new Plan(List.of(0), 1, 1);
        }
        GatewayBot.Advice advice = discord.get();
        int total = sharding.automatic() ? advice.shards() : sharding.total().getAsInt();
        Plan plan = new Plan(sharding.run(total), total, advice.maxConcurrency());
        if (advice.remaining() < plan.ids().size()) {
            log.warn("Discord allows {} more session start(s) before its limit resets in {} s; {} shard(s) are to start",
                    advice.remaining(), advice.resetAfter().toSeconds(), plan.ids().size());
        }
        return plan;
    }

    /**
     * Logs every shard of {@code plan} in, through builders made by {@code builders} (token,
     * intents, listeners); returns the connections, lowest shard first, or disconnects those that
     * came up and throws when one does not.
     */
    List<DiscordApi> login(Plan plan, Supplier<DiscordApiBuilder> builders) {
        List<CompletableFuture<DiscordApi>> logins = new ArrayList<>();
        for (int shard : plan.ids()) {
            DiscordApiBuilder builder = builders.get().setTotalShards(plan.total()).setCurrentShard(shard);
            if (gate != null) {
                builder.setGatewayIdentifyRatelimiter(new IdentifyTurns(gate, shard % plan.maxConcurrency()));
            }
            logins.add(tuning.apply(builder).login());
        }
        long deadline = System.nanoTime() + LOGIN_TIMEOUT.plus(PER_SHARD.multipliedBy(plan.ids().size() - 1)).toNanos();
        List<DiscordApi> apis = new ArrayList<>();
        try {
            for (CompletableFuture<DiscordApi> login : logins) {
                apis.add(login.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return apis;
        } catch (ExecutionException e) {
            log.debug("login failed", e.getCause());
            throw abandon(logins, new DiscordStartException("Discord closed the connection before the bot was ready. If "
                    + "the token is right, check that the bot's Message Content intent is enabled (Developer Portal → your "
                    + "application → Bot → Privileged Gateway Intents)."));
        } catch (TimeoutException e) {
            throw abandon(logins, new DiscordStartException("the Discord gateway did not answer within "
                    + LOGIN_TIMEOUT.toSeconds() + " s; check the network or proxy settings (see the README)."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandon(logins, new DiscordStartException("interrupted while logging in to Discord"));
        }
    }

    /** Disconnects the shards that are up, or come up later; returns {@code failure}. */
    private static DiscordStartException abandon(List<CompletableFuture<DiscordApi>> logins, DiscordStartException failure) {
        for (CompletableFuture<DiscordApi> login : logins) {
            login.thenAccept(ShardLogin::disconnect);
        }
        return failure;
    }

    /** Disconnects one shard, waiting up to 10 s. */
    static void disconnect(DiscordApi api) {
        try {
            api.disconnect().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Javacord may refuse the disconnect task (RejectedExecutionException); the connection goes either way
            log.debug("disconnecting from Discord: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
