package org.storybot.config;

import java.util.Locale;

/**
 * Where the library's store lives: empty {@code url}, the embedded H2 database in the data folder;
 * a {@code jdbc:postgresql://host:port/db} URL, a PostgreSQL database that several storybot
 * processes share. The password is never a setting: it is read from the environment variable
 * {@code passwordEnv} names.
 */
public record StoreConfig(String url, String user, String passwordEnv) {

    public static final StoreConfig EMBEDDED = new StoreConfig("", "", "STORYBOT_STORE_PASSWORD");
    private static final String POSTGRESQL = "jdbc:postgresql://";

    public StoreConfig {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user.strip();
        passwordEnv = passwordEnv == null ? "" : passwordEnv.strip();
        if (!url.isEmpty()) {
            if (!url.startsWith(POSTGRESQL) || url.length() == POSTGRESQL.length()) {
                throw new ConfigException("store.url", "must be empty (the embedded library in data-dir) or "
                        + "jdbc:postgresql://host:port/database, got \"" + shown(url) + "\"");
            }
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.contains("password=") || url.substring(POSTGRESQL.length()).contains("@")) {
                throw new ConfigException("store.url", "must not hold a password: put it in the environment variable "
                        + "that store.password-env names");
            }
            if (user.isEmpty()) {
                throw new ConfigException("store.user", "must be set when store.url names a PostgreSQL server");
            }
        }
        if (!passwordEnv.isEmpty() && !passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ConfigException("store.password-env", "must be the name of an environment variable, got \""
                    + passwordEnv + "\"");
        }
    }

    public boolean embedded() {
        return url.isEmpty();
    }

    /** The URL as it may be shown in logs and messages: without its query string, where options could hide a secret. */
    public static String shown(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
