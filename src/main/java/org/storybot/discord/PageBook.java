package org.storybot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
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

    /** Room kept out of Discord's 2,000 characters for a page's "Page N of M" line. */
    static final int PAGE_BUDGET = MessageSplitter.DISCORD_LIMIT - 40;

    /**
     * {@code lines} packed into pages in order, each under {@code heading}, each within {@link #PAGE_BUDGET}
     * (a line too long for a page alone is split as messages are).
     */
    static List<String> pages(String heading, List<String> lines) {
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder(heading);
        boolean empty = true;
        for (String line : lines) {
            if (!empty && page.length() + 1 + line.length() > PAGE_BUDGET) {
                pages.addAll(MessageSplitter.split(page.toString(), PAGE_BUDGET));
                page = new StringBuilder(heading);
                empty = true;
            }
            page.append('\n').append(line);
            empty = false;
        }
        pages.addAll(MessageSplitter.split(page.toString(), PAGE_BUDGET));
        return pages;
    }

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
