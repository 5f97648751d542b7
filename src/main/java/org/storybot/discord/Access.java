package org.storybot.discord;

import java.util.List;
import org.javacord.api.entity.channel.RegularServerChannel;
import org.javacord.api.entity.channel.ServerThreadChannel;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;

/** Who may do what, and where the bot answers: the permission checks, in one place. */
final class Access {

    /** Adding stories to the library is for members who can manage the server. */
    static final PermissionType TO_INGEST = PermissionType.MANAGE_SERVER;

    private final List<String> channels;

    /** @param channels the channel ids the bot answers in; empty for every channel it can see */
    Access(List<String> channels) {
        this.channels = List.copyOf(channels);
    }

    /** Whether {@code user} may add stories: the owner, administrators and members with Manage Server. */
    static boolean mayIngest(Server server, User user) {
        return server.isOwner(user) || server.hasAnyPermission(user, PermissionType.ADMINISTRATOR, TO_INGEST);
    }

    /** Whether the bot answers in {@code channel}: always in direct messages; on a server, in the configured channels and their threads. */
    boolean answersIn(TextChannel channel) {
        if (channels.isEmpty() || channel.asServerChannel().isEmpty()) {
            return true;
        }
        long id = channel.asServerThreadChannel().map(ServerThreadChannel::getParent).map(RegularServerChannel::getId)
                .orElse(channel.getId());
        return channels.contains(Long.toUnsignedString(id));
    }

    List<String> channels() {
        return channels;
    }
}
