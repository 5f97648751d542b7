package org.storybot.discord;

import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.BotInviteBuilder;

/** The link that adds the bot to a server, with the permissions it needs and nothing more. */
final class InviteLink {

    /** Read the channels, answer in them and in their threads, and see the message a reply points at. */
    private static final PermissionType[] NEEDED = {
        PermissionType.VIEW_CHANNEL,
        PermissionType.SEND_MESSAGES,
        PermissionType.SEND_MESSAGES_IN_THREADS,
        PermissionType.READ_MESSAGE_HISTORY,
    };

    private InviteLink() {
    }

    /** The invite URL for the application {@code applicationId}, with the bot and slash-command scopes. */
    static String of(long applicationId) {
        return new BotInviteBuilder(applicationId).setPermissions(NEEDED).build();
    }
}
