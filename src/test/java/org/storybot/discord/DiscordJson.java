package org.storybot.discord;

import static org.storybot.discord.FakeDiscord.ADMIN;
import static org.storybot.discord.FakeDiscord.BOT;
import static org.storybot.discord.FakeDiscord.CHANNEL;
import static org.storybot.discord.FakeDiscord.CHANNEL_2;
import static org.storybot.discord.FakeDiscord.GUILD;
import static org.storybot.discord.FakeDiscord.GUILD_2;
import static org.storybot.discord.FakeDiscord.MANAGERS_ROLE;
import static org.storybot.discord.FakeDiscord.MEMBER;
import static org.storybot.discord.FakeDiscord.OTHER_BOT;
import static org.storybot.discord.FakeDiscord.OTHER_CHANNEL;
import static org.storybot.discord.FakeDiscord.OWNER;
import static org.storybot.discord.FakeDiscord.READERS_ROLE;
import static org.storybot.discord.FakeDiscord.THREAD;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JSON objects of the fake Discord's world: the server with its roles, channels, thread and
 * members, the second server of the sharding tests, and users; and the snowflakes of whatever the
 * fake creates (messages, interactions, attachments, commands, sessions), one sequence for all.
 */
final class DiscordJson {

    /** View channels, send messages, read history, use application commands: what @everyone may do. */
    private static final long EVERYONE_PERMISSIONS = 0x400L | 0x800L | 0x10000L | 0x80000000L | 0x4000000000L;
    private static final long MANAGE_SERVER = 0x20L;

    private final ObjectMapper json = JsonMapper.builder().build();
    private final AtomicLong ids = new AtomicLong(950_000_000_000_000_000L);

    ObjectMapper mapper() {
        return json;
    }

    /** A new snowflake, never given out before by this fake. */
    long nextId() {
        return ids.incrementAndGet();
    }

    ArrayNode array() {
        return json.createArrayNode();
    }

    /** A JSON object from name, value pairs (values: strings, numbers, booleans, null or JSON nodes). */
    ObjectNode obj(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return json.valueToTree(fields);
    }

    /** The server a channel is on. */
    static long guildOf(long channel) {
        return channel == CHANNEL_2 ? GUILD_2 : GUILD;
    }

    /** The second server: the first's roles and members under its own id, with one channel. */
    ObjectNode secondGuild() {
        ObjectNode guild = guild();
        guild.put("id", String.valueOf(GUILD_2)).put("name", "Second newsroom");
        ((ObjectNode) guild.get("roles").get(0)).put("id", String.valueOf(GUILD_2)); // @everyone's id is the server's
        guild.set("channels", array().add(textChannel(CHANNEL_2, "news", 0).put("guild_id", String.valueOf(GUILD_2))));
        guild.set("threads", array());
        return guild;
    }

    ObjectNode guild() {
        ObjectNode guild = obj("id", String.valueOf(GUILD), "name", "Newsroom", "icon", null, "region", "us-east",
                "large", false, "member_count", 4, "owner_id", String.valueOf(OWNER), "verification_level", 0,
                "explicit_content_filter", 0, "default_message_notifications", 0, "mfa_level", 0, "premium_tier", 0,
                "nsfw_level", 0, "preferred_locale", "en-US");
        guild.set("features", array());
        guild.set("roles", array()
                .add(role(GUILD, "@everyone", 0, EVERYONE_PERMISSIONS))
                .add(role(MANAGERS_ROLE, "Managers", 2, MANAGE_SERVER))
                .add(role(READERS_ROLE, "Readers", 1, 0)));
        guild.set("channels", array()
                .add(textChannel(CHANNEL, "news", 0))
                .add(textChannel(OTHER_CHANNEL, "off-topic", 1)));
        ObjectNode thread = obj("id", String.valueOf(THREAD), "type", 11, "name", "resignation follow-ups",
                "guild_id", String.valueOf(GUILD), "parent_id", String.valueOf(CHANNEL), "owner_id", String.valueOf(MEMBER),
                "position", 0, "message_count", 0, "member_count", 1, "rate_limit_per_user", 0,
                "thread_metadata", obj("archived", false, "auto_archive_duration", 1440,
                        "archive_timestamp", "2026-11-27T12:00:00.000000+00:00", "locked", false));
        guild.set("threads", array().add(thread));
        guild.set("members", array().add(member(BOT)).add(member(OWNER)).add(member(ADMIN)).add(member(MEMBER)));
        guild.set("voice_states", array());
        guild.set("presences", array());
        guild.set("emojis", array());
        guild.set("stickers", array());
        return guild;
    }

    private ObjectNode role(long id, String name, int position, long permissions) {
        return obj("id", String.valueOf(id), "name", name, "position", position, "color", 0, "hoist", false,
                "mentionable", true, "permissions", String.valueOf(permissions), "managed", false);
    }

    private ObjectNode textChannel(long id, String name, int position) {
        ObjectNode channel = obj("id", String.valueOf(id), "type", 0, "name", name, "position", position,
                "guild_id", String.valueOf(GUILD), "nsfw", false, "topic", null, "rate_limit_per_user", 0);
        channel.set("permission_overwrites", array());
        return channel;
    }

    ObjectNode user(long id) {
        String name = id == BOT ? "storybot" : id == OTHER_BOT ? "otherbot" : "user" + Long.toString(id).substring(15);
        return obj("id", String.valueOf(id), "username", name, "discriminator", "0", "global_name", name, "avatar", null,
                "bot", id == BOT || id == OTHER_BOT);
    }

    /** A server member: {@link FakeDiscord#ADMIN} has the Managers role, everyone else none. */
    ObjectNode member(long id) {
        ArrayNode roles = array();
        if (id == ADMIN) {
            roles.add(String.valueOf(MANAGERS_ROLE));
        }
        ObjectNode member = obj("user", user(id), "joined_at", "2026-01-01T00:00:00.000000+00:00", "deaf", false,
                "mute", false, "pending", false);
        member.set("roles", roles);
        return member;
    }
}
