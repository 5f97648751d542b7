package org.storybot.story;

/** A file that cannot become a story; the message is one line meant for the user. */
public class StoryFormatException extends Exception {

    public StoryFormatException(String message) {
        super(message);
    }
}
