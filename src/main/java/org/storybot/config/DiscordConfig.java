package org.storybot.config;

import java.util.List;

public record DiscordConfig(
        String guildId,
        List<String> channels,
        int userQuestionsPerMinute,
        int guildQuestionsPerMinute) {

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
    }
}
