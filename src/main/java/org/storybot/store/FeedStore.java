package org.storybot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storybot.story.Text;

/**
 * The followed feeds and the items met in them, in the store: kept across restarts, and shared by
 * the processes of a PostgreSQL library. Thread-safe, as the {@link Database} is.
 */
public final class FeedStore {

    private static final String FEED_COLUMNS = "url, followed_as, title, etag, last_modified, followed_at, polled_at, "
            + "failures, last_error";
    private static final List<String> ITEM_COLUMNS = List.of("feed_id", "item_id", "link", "story_id", "attempts", "seen_at");

    private final Database database;

    public FeedStore(Database database) {
        this.database = database;
    }

    /** Follows the feed at {@code url}; false (and nothing changed) if it is followed already. */
    public boolean follow(String url, String followedAs, String title, OffsetDateTime at) {
        return database.inTransaction(c -> {
            if (exists(c, url)) {
                return false;
            }
            String sql = "INSERT INTO feed (id, " + FEED_COLUMNS + ") VALUES (?, ?, ?, ?, NULL, NULL, ?, NULL, 0, NULL)";
            if (database.dialect() == Dialect.POSTGRESQL) {
                sql += " ON CONFLICT (id) DO NOTHING"; // another process may follow it at the same moment
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, id(url));
                s.setString(2, url);
                s.setString(3, followedAs);
                s.setString(4, title);
                s.setObject(5, at);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Stops following the feed whose address, or the address it was followed by, is {@code url}; false if none is. */
    public boolean unfollow(String url) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM feed WHERE id = ? OR followed_as = ?")) {
                s.setString(1, id(url));
                s.setString(2, url);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** Every followed feed, in the order they were followed. */
    public List<FollowedFeed> feeds() {
        return database.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feed ORDER BY followed_at, url");
                    ResultSet rs = s.executeQuery()) {
                List<FollowedFeed> feeds = new ArrayList<>();
                while (rs.next()) {
                    feeds.add(new FollowedFeed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                            rs.getInt(8), rs.getString(9)));
                }
                return feeds;
            }
        });
    }

    public Optional<FollowedFeed> feed(String url) {
        return feeds().stream().filter(f -> f.url().equals(url) || f.followedAs().equals(url)).findFirst();
    }

    /** A good poll: the feed's title and validators now, and no errors in a row. */
    public void polled(String url, String title, String etag, String lastModified, OffsetDateTime at) {
        update(url, "UPDATE feed SET title = COALESCE(?, title), etag = ?, last_modified = ?, polled_at = ?, failures = 0, "
                + "last_error = NULL WHERE id = ?", title, etag, lastModified, at);
    }

    /** A failed poll: one more error in a row; the validators stay. */
    public void pollFailed(String url, String error, OffsetDateTime at) {
        update(url, "UPDATE feed SET last_error = ?, polled_at = ?, failures = failures + 1 WHERE id = ?", error, at);
    }

    /** The links of {@code url}'s items that need no more fetching: those that became a story, or failed {@code maxAttempts} times. */
    public Set<String> settled(String url, int maxAttempts) {
        return database.query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT link FROM feed_item WHERE feed_id = ? AND (story_id IS NOT NULL OR attempts >= ?)")) {
                s.setString(1, id(url));
                s.setInt(2, maxAttempts);
                try (ResultSet rs = s.executeQuery()) {
                    Set<String> links = new HashSet<>();
                    while (rs.next()) {
                        links.add(rs.getString(1));
                    }
                    return links;
                }
            }
        });
    }

    /** Records that {@code link}, an item of {@code url}, is the story {@code storyId}; or, with null, one more failed attempt. */
    public void item(String url, String link, String storyId, OffsetDateTime at) {
        database.inTransaction(c -> {
            if (!exists(c, url)) {
                return 0; // unfollowed meanwhile
            }
            int attempts = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT attempts FROM feed_item WHERE feed_id = ? AND item_id = ?")) {
                s.setString(1, id(url));
                s.setString(2, id(link));
                try (ResultSet rs = s.executeQuery()) {
                    attempts = rs.next() ? rs.getInt(1) : 0;
                }
            }
            try (PreparedStatement s = c.prepareStatement(database.dialect().upsert("feed_item", ITEM_COLUMNS,
                    List.of("feed_id", "item_id")))) {
                s.setString(1, id(url));
                s.setString(2, id(link));
                s.setString(3, link);
                s.setString(4, storyId);
                s.setInt(5, attempts + 1);
                s.setObject(6, at);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Forgets the items of {@code url} that are not among {@code listed} (the links the feed lists
     * now) and were met before {@code before}, so that the items of a feed followed for years do not
     * pile up. Should one come back, its story is found in the library by its id, or it is fetched again.
     */
    public void forget(String url, List<String> listed, OffsetDateTime before) {
        Set<String> keep = new HashSet<>(listed);
        database.inTransaction(c -> {
            List<String> old = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT item_id, link FROM feed_item WHERE feed_id = ? AND seen_at < ?")) {
                s.setString(1, id(url));
                s.setObject(2, before);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!keep.contains(rs.getString(2))) {
                            old.add(rs.getString(1));
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM feed_item WHERE feed_id = ? AND item_id = ?")) {
                for (String item : old) {
                    s.setString(1, id(url));
                    s.setString(2, item);
                    s.addBatch();
                }
                return old.isEmpty() ? 0 : s.executeBatch().length;
            }
        });
    }

    private void update(String url, String sql, Object... values) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof OffsetDateTime time) {
                        s.setObject(i + 1, time);
                    } else {
                        s.setString(i + 1, (String) values[i]); // typed, so that PostgreSQL knows a null's type
                    }
                }
                s.setString(values.length + 1, id(url));
                return s.executeUpdate();
            }
        });
    }

    private static boolean exists(Connection c, String url) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM feed WHERE id = ?")) {
            s.setString(1, id(url));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String id(String address) {
        return Text.sha256(address);
    }
}
