package org.storybot.store;

/**
 * A PostgreSQL store: its JDBC URL, user and password (read from the environment by the caller).
 * Its text form never shows the password, nor the URL's query string.
 */
public record ServerLocation(String url, String user, String password) {

    public ServerLocation {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("url must be a jdbc:postgresql:// URL");
        }
        password = password == null ? "" : password;
    }

    /** The URL as logs and messages show it. */
    public String shown() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return shown() + " as " + user;
    }
}
