package org.storybot.web;

/** A page that could not be fetched or read; the message is one line a user can act on. */
public class PageException extends Exception {

    public PageException(String message) {
        super(message);
    }
}
