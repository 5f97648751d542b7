package org.storybot.discord;

/** The bot could not go online; the message says why, for a person, and never holds the token. */
public final class DiscordStartException extends RuntimeException {

    public DiscordStartException(String message) {
        super(message);
    }
}
