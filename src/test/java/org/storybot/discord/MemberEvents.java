package org.storybot.discord;

import static org.storybot.discord.FakeDiscord.APP;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.DM_CHANNEL;
import static org.storybot.discord.FakeDiscord.GUILD;
import static org.storybot.discord.FakeDiscord.READERS_ROLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.storybot.discord.FakeDiscord.Interaction;

/**
 * The gateway events a member's actions cause, as Discord sends them to the bot: slash commands
 * (with options or an attached file), autocomplete requests, button clicks and messages. Files a
 * member attaches are put on the fake's file host, and each interaction's token is tied to its
 * channel, so that the REST API can answer the bot's replies to it.
 */
final class MemberEvents {

    private final DiscordJson json;
    private final FakeRest rest;
    private final FakeGateway gateway;

    MemberEvents(DiscordJson json, FakeRest rest, FakeGateway gateway) {
        this.json = json;
        this.rest = rest;
        this.gateway = gateway;
    }

    /** A file a member attached, served from Discord's file host; returns its URL. */
    String attach(String name, byte[] content) {
        String path = "/attachments/" + CHANNEL + "/" + json.nextId() + "/" + name;
        rest.serveFile(path, content);
        return "https://cdn.discordapp.com" + path;
    }

    /** A slash command from {@code user} in {@code channel} with string options. */
    Interaction slash(long user, long channel, String command, Map<String, String> options) {
        ArrayNode opts = json.array();
        options.forEach((name, value) -> opts.add(json.obj("name", name, "type", 3, "value", value)));
        return interact(2, user, channel, json.obj("id", "920000000000000001", "name", command, "type", 1, "options", opts),
                null);
    }

    /** /ingest with an attached file. */
    Interaction ingest(long user, long channel, String fileName, byte[] content) {
        String attachmentId = String.valueOf(json.nextId());
        String url = attach(fileName, content);
        ObjectNode attachment = json.obj("id", attachmentId, "filename", fileName, "size", content.length, "url", url,
                "proxy_url", url, "content_type", "text/plain");
        ObjectNode data = json.obj("id", "920000000000000006", "name", "ingest", "type", 1,
                "options", json.array().add(json.obj("name", "file", "type", 11, "value", attachmentId)),
                "resolved", json.obj("attachments", json.obj(attachmentId, attachment)));
        return interact(2, user, channel, data, null);
    }

    /** Someone typing in a command's {@code option}: an autocomplete request. */
    Interaction autocomplete(long user, long channel, String command, String option, String typed) {
        ArrayNode opts = json.array().add(json.obj("name", option, "type", 3, "value", typed, "focused", true));
        return interact(4, user, channel, json.obj("id", "920000000000000001", "name", command, "type", 1, "options", opts),
                null);
    }

    /** A click on the button {@code customId} under the bot's {@code message}. */
    Interaction click(long user, String customId, JsonNode message) {
        return interact(3, user, message.path("channel_id").asLong(), json.obj("custom_id", customId, "component_type", 2),
                message);
    }

    private Interaction interact(int type, long user, long channel, ObjectNode data, JsonNode message) {
        String id = String.valueOf(json.nextId());
        String token = "interaction-token-" + id;
        rest.interactionIn(token, channel);
        ObjectNode interaction = json.obj("id", id, "application_id", String.valueOf(APP), "type", type, "token", token,
                "version", 1, "locale", "en-US", "channel_id", String.valueOf(channel), "data", data);
        if (channel == DM_CHANNEL) {
            interaction.set("user", json.user(user));
        } else {
            interaction.put("guild_id", String.valueOf(DiscordJson.guildOf(channel))).put("guild_locale", "en-US");
            interaction.set("member", json.member(user));
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
        ObjectNode message = json.obj("id", String.valueOf(json.nextId()), "channel_id", String.valueOf(channel),
                "type", replyTo == null ? 0 : 19, "content", content, "author", json.user(author),
                "timestamp", "2026-11-27T12:00:00.000000+00:00", "edited_timestamp", null, "tts", false,
                "mention_everyone", content.contains("@everyone"), "pinned", false, "flags", 0);
        message.set("mentions", mentionsBot ? json.array().add(json.user(BOT)) : json.array());
        ArrayNode roles = json.array();
        if (content.contains("<@&" + READERS_ROLE + ">")) {
            roles.add(String.valueOf(READERS_ROLE));
        }
        message.set("mention_roles", roles);
        message.set("attachments", json.array());
        message.set("embeds", json.array());
        message.set("components", json.array());
        if (channel != DM_CHANNEL) {
            message.put("guild_id", String.valueOf(GUILD));
            message.set("member", json.member(author).without("user"));
        }
        if (replyTo != null) {
            message.set("referenced_message", replyTo);
            message.set("message_reference", json.obj("message_id", replyTo.path("id").asText(), "channel_id",
                    String.valueOf(channel)));
        }
        gateway.dispatch("MESSAGE_CREATE", message);
        return message;
    }
}
