package org.storybot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text show literally on Discord: story text and anything a person typed is escaped so that
 * a stray {@code *}, {@code _}, {@code ~~}, {@code ||}, {@code `}, a masked link, a mention such as
 * {@code <@123>} or a heading, quote or list marker at the start of a line is shown as written and
 * never formats (or breaks the formatting of) the message around it.
 */
final class DiscordMarkdown {

    /** Characters that format anywhere in a line; {@code <} starts mentions, emoji and timestamps. */
    private static final Pattern INLINE = Pattern.compile("[\\\\*_~`|\\[\\]<]");
    /** A heading, quote, list or subtext marker at the start of a line. */
    private static final Pattern BLOCK = Pattern.compile("(?m)^(\\s*)([>#+-])");
    /** A numbered-list marker at the start of a line. */
    private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\s*\\d+)\\.(?=\\s)");
    /** Citation markers [1], [2] that answers carry and keep as they are. */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    /** Private-use characters that stand in for markers while the rest is escaped. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d{1,3})" + CLOSE);

    private DiscordMarkdown() {
    }

    /** {@code text} with every Markdown character escaped. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String inline = INLINE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        String blocks = BLOCK.matcher(inline).replaceAll("$1\\\\$2");
        return NUMBERED.matcher(blocks).replaceAll("$1\\\\.");
    }

    /** Like {@link #escape}, but citation markers such as [1] stay as they are. */
    static String escapeKeepingMarkers(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String clean = text.replace(OPEN, ' ').replace(CLOSE, ' ');
        String held = MARKER.matcher(clean).replaceAll(OPEN + "$1" + CLOSE);
        return PLACEHOLDER.matcher(escape(held)).replaceAll("[$1]");
    }
}
