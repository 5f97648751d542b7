package org.storybot.discord;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into messages that fit Discord's limit, at the best boundary that fits: between
 * paragraphs, else between lines, else between sentences, else between words. Markdown survives
 * the cut: a bold or italic span, spoiler or inline code open at a cut is closed at the end of one
 * message and opened again at the start of the next, a code block is closed and reopened with its
 * language, and a block quote line cut in two stays a quote on both sides.
 */
final class MessageSplitter {

    /** Discord's limit on the content of one message, in characters. */
    static final int DISCORD_LIMIT = 2000;
    /** Room kept in each message for closing and reopening Markdown at a cut. */
    private static final int MARKUP_ROOM = 48;
    private static final List<String> INLINE_MARKERS = List.of("**", "__", "~~", "||", "*", "_", "`");
    private static final String FENCE = "```";
    private static final int MAX_FENCE_LANGUAGE = 16;

    private MessageSplitter() {
    }

    /** {@code text} as one message if it fits, else as several, each at most {@code limit} characters. */
    static List<String> split(String text, int limit) {
        if (limit <= MARKUP_ROOM * 2) {
            throw new IllegalArgumentException("limit too small to split Markdown safely: " + limit);
        }
        String rest = text == null ? "" : text.strip();
        if (rest.length() <= limit) {
            return List.of(rest);
        }
        int budget = limit - MARKUP_ROOM;
        List<String> pieces = new ArrayList<>();
        while (rest.length() > budget) {
            int cut = cutPoint(rest, budget);
            String piece = rest.substring(0, cut).stripTrailing();
            String next = rest.substring(cut);
            boolean midLine = !next.startsWith("\n") && !piece.endsWith("\n");
            next = next.stripLeading();
            if (midLine && isQuoteLine(lastLine(piece)) && !isQuoteLine(next)) {
                next = "> " + next; // a quote cut mid-line stays a quote in the next message
            }
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            rest = next;
        }
        if (!rest.isBlank()) {
            pieces.add(rest);
        }
        return balance(pieces);
    }

    /** Where to cut {@code text} so that the first part has at most {@code budget} characters. */
    private static int cutPoint(String text, int budget) {
        String window = text.substring(0, budget + 1);
        int paragraph = window.lastIndexOf("\n\n");
        if (paragraph > 0) {
            return paragraph;
        }
        int line = window.lastIndexOf('\n');
        if (line > 0) {
            return line;
        }
        int sentence = lastSentenceStart(window.substring(0, budget));
        if (sentence > 0) {
            return sentence;
        }
        int space = window.lastIndexOf(' ');
        if (space > 0) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(budget)) ? budget - 1 : budget; // one huge word
    }

    private static int lastSentenceStart(String window) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(window);
        int end = sentences.last();
        int start = sentences.previous();
        // The window's own end is not a real boundary: the sentence starting before it may go on.
        return start == BreakIterator.DONE || start == end ? -1 : start;
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    private static boolean isQuoteLine(String line) {
        return line.startsWith("> ") || line.startsWith(">>> ");
    }

    /** Closes what each piece leaves open and reopens it at the start of the next piece. */
    private static List<String> balance(List<String> pieces) {
        List<String> messages = new ArrayList<>(pieces.size());
        Markup open = Markup.NONE;
        for (String piece : pieces) {
            String text = piece.startsWith("> ") && !open.inFence()
                    ? "> " + open.reopening() + piece.substring(2) // spans reopen inside the quote
                    : open.reopening() + piece;
            open = Markup.after(text);
            messages.add(text + open.closing());
        }
        return messages;
    }

    /** The Markdown still open at a point of a text: a code block (with its language), inline spans. */
    private record Markup(String fenceLanguage, List<String> spans) {

        static final Markup NONE = new Markup(null, List.of());

        boolean inFence() {
            return fenceLanguage != null;
        }

        String reopening() {
            if (inFence()) {
                return FENCE + fenceLanguage + "\n";
            }
            return String.join("", spans);
        }

        String closing() {
            if (inFence()) {
                return "\n" + FENCE;
            }
            StringBuilder close = new StringBuilder();
            for (int i = spans.size() - 1; i >= 0; i--) {
                close.append(spans.get(i));
            }
            return close.toString();
        }

        /** What is open at the end of {@code text}. */
        static Markup after(String text) {
            String fence = null;
            List<String> spans = new ArrayList<>();
            int i = 0;
            boolean lineStart = true;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (lineStart && text.startsWith(FENCE, i)) {
                    int eol = text.indexOf('\n', i);
                    String rest = text.substring(i + FENCE.length(), eol < 0 ? text.length() : eol).strip();
                    if (fence == null) {
                        fence = rest.length() <= MAX_FENCE_LANGUAGE && !rest.contains(FENCE) ? rest : "";
                        spans.clear();
                    } else {
                        fence = null;
                    }
                    i = eol < 0 ? text.length() : eol;
                    continue;
                }
                lineStart = c == '\n';
                if (fence != null) {
                    i++;
                    continue;
                }
                if (c == '\\' && i + 1 < text.length()) {
                    i += 2; // an escaped character formats nothing
                    continue;
                }
                boolean inCode = !spans.isEmpty() && spans.get(spans.size() - 1).equals("`");
                String marker = inCode ? (c == '`' ? "`" : null) : markerAt(text, i);
                if (marker == null) {
                    i++;
                    continue;
                }
                int openAt = spans.lastIndexOf(marker);
                if (openAt >= 0) {
                    spans.subList(openAt, spans.size()).clear();
                } else {
                    spans.add(marker);
                }
                i += marker.length();
            }
            return fence != null ? new Markup(fence, List.of()) : new Markup(null, List.copyOf(spans));
        }

        private static String markerAt(String text, int i) {
            for (String marker : INLINE_MARKERS) {
                if (text.startsWith(marker, i)) {
                    return marker;
                }
            }
            return null;
        }
    }
}
