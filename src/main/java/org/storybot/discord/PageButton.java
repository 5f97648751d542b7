package org.storybot.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paged reply stands: its book ({@link PageBook}), the page shown (0-based) and how many there
 * are; the Previous and Next buttons under it name the page they turn to.
 */
record PageButton(String book, int page, int pages) {

    private static final Pattern CUSTOM_ID = Pattern.compile("storybot:page:([0-9a-f]{16}):(\\d{1,4})");

    /** The custom id of the button that turns to page {@code n}. */
    String customId(int n) {
        return "storybot:page:" + book + ":" + n;
    }

    boolean first() {
        return page == 0;
    }

    boolean last() {
        return page == pages - 1;
    }

    /** The book and page a clicked button asks for; empty for ids that are not a page button's. */
    static Optional<PageButton> parse(String customId) {
        Matcher m = CUSTOM_ID.matcher(customId == null ? "" : customId);
        return m.matches() ? Optional.of(new PageButton(m.group(1), Integer.parseInt(m.group(2)), 0)) : Optional.empty();
    }
}
