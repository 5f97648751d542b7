package org.storybot.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buttons under an answer and what a click on one asks for. A button's custom id names the
 * stored answer it belongs to, so a click works whatever happened since (a restart included); the
 * "Show sources" button also names the conversation, so that a reply to the answer continues it.
 */
sealed interface AnswerButton {

    long answerId();

    /** The custom id Discord sends back when the button is clicked (at most 100 characters). */
    String customId();

    /** Show the cited paragraphs in full, to the one who clicked. {@code conversation} may be null. */
    record ShowSources(long answerId, String conversation) implements AnswerButton {
        @Override
        public String customId() {
            return "storybot:sources:" + answerId + (conversation == null ? "" : ":" + conversation);
        }
    }

    /** A 👍 (+1) or 👎 (-1) on the answer. */
    record Vote(long answerId, int vote) implements AnswerButton {
        public Vote {
            if (vote != 1 && vote != -1) {
                throw new IllegalArgumentException("a vote is +1 or -1");
            }
        }

        @Override
        public String customId() {
            return "storybot:vote:" + (vote > 0 ? "up" : "down") + ":" + answerId;
        }
    }

    Pattern CUSTOM_ID = Pattern.compile("storybot:(sources|vote:up|vote:down):(\\d{1,18})(?::([a-z]{1,8}-\\d{1,20}))?");

    /** What a clicked button's custom id asks for; empty for ids that are not storybot's. */
    static Optional<AnswerButton> parse(String customId) {
        Matcher m = CUSTOM_ID.matcher(customId == null ? "" : customId);
        if (!m.matches()) {
            return Optional.empty();
        }
        long answerId = Long.parseLong(m.group(2));
        return Optional.of(switch (m.group(1)) {
            case "sources" -> new ShowSources(answerId, m.group(3));
            case "vote:up" -> new Vote(answerId, 1);
            default -> new Vote(answerId, -1);
        });
    }
}
