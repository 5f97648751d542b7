package org.storybot.config;

/** A setting that stops start-up; the message names the key. */
public class ConfigException extends RuntimeException {

    public ConfigException(String key, String problem) {
        super("config key " + key + ": " + problem);
    }

    public ConfigException(String message) {
        super(message);
    }
}
