package org.storybot.config;

import java.util.List;

/**
 * The discord section: where commands are registered and answered, the question budgets, and the
 * shards ({@code total-shards}: a number or {@code auto}; {@code shards}: the ids this process runs,
 * such as {@code 0-3} or {@code 0,2}, empty for all), read by {@link #sharding()}.
 */
public record DiscordConfig(
        String guildId,
        List<String> channels,
        int userQuestionsPerMinute,
        int guildQuestionsPerMinute,
        String totalShards,
        String shards) {

    public DiscordConfig {
        guildId = guildId == null ? "" : guildId.strip();
        if (!guildId.isEmpty() && !guildId.matches("\\d{5,25}")) {
            throw new ConfigException("discord.guild-id", "must be a numeric server id, got \"" + guildId + "\"");
        }
        channels = channels == null ? List.of() : channels.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        for (String channel : channels) {
            if (!channel.matches("\\d{5,25}")) {
                throw new ConfigException("discord.channels", "must hold numeric channel ids, got \"" + channel + "\"");
            }
        }
        Checks.range("discord.user-questions-per-minute", userQuestionsPerMinute, 1, 1000);
        Checks.range("discord.guild-questions-per-minute", guildQuestionsPerMinute, 1, 10_000);
        totalShards = totalShards == null || totalShards.isBlank() ? "1" : totalShards.strip();
        shards = shards == null ? "" : shards.strip();
        Shards.parse(totalShards, shards); // refuses bad values now, naming the key
    }

    /** One shard, this process running it. */
    public DiscordConfig(String guildId, List<String> channels, int userQuestionsPerMinute, int guildQuestionsPerMinute) {
        this(guildId, channels, userQuestionsPerMinute, guildQuestionsPerMinute, "1", "");
    }

    /** The same settings with other shards. */
    public DiscordConfig withShards(String total, String ids) {
        return new DiscordConfig(guildId, channels, userQuestionsPerMinute, guildQuestionsPerMinute, total, ids);
    }

    /** total-shards and shards, read. */
    public Shards sharding() {
        return Shards.parse(totalShards, shards);
    }
}
