package org.storybot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The pages of long replies, kept so that Previous / Next can turn them: the newest 2,000 books, each
 * for a day after it was last read. A page carries its place ("Page 2 of 5") and stays within
 * Discord's 2,000 characters. A book that is gone (a restart, or a day unread) is said to be.
 */
final class PageBook {

    /** What a click on a page of a book no longer kept is told. */
    static final String EXPIRED = "These pages are no longer kept; run the command again to see them.";
    private static final int MAX_BOOKS = 2_000;

    private final Cache<String, List<String>> books = Caffeine.newBuilder().maximumSize(MAX_BOOKS)
            .expireAfterAccess(Duration.ofDays(1)).build();

    /** A post of {@code pages}: the first with page buttons, or the one page alone without any. */
    Post post(List<String> pages) {
        if (pages.size() == 1) {
            return Post.of(pages.get(0));
        }
        String book = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        books.put(book, List.copyOf(pages));
        return page(book, 0).orElseThrow();
    }

    /** Page {@code n} (0-based) of a book, with its buttons; empty when the book is gone or has no such page. */
    Optional<Post> page(String book, int n) {
        List<String> pages = books.getIfPresent(book);
        if (pages == null || n < 0 || n >= pages.size()) {
            return Optional.empty();
        }
        String footer = "\n\n*Page " + (n + 1) + " of " + pages.size() + "*";
        List<String> parts = MessageSplitter.split(pages.get(n), MessageSplitter.DISCORD_LIMIT - footer.length());
        return Optional.of(Post.of(parts.get(0) + footer).paged(new PageButton(book, n, pages.size())));
    }
}
