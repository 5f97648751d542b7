package org.storybot.cli;

/** A problem with what the user asked for; the message is shown as is and the exit code is 1. */
final class UserException extends RuntimeException {

    UserException(String message) {
        super(message);
    }
}
