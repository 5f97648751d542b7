package org.storybot.chat;

import java.util.Locale;
import org.storybot.story.Text;

/**
 * Cleans a question into plain data and refuses what cannot be a question: empty, too long, or
 * without a single letter or digit. Control characters (NUL included) are dropped, never passed on.
 */
public final class QuestionCheck {

    /** The cleaned question, or the message to show instead. */
    public record Result(String question, String refusal) {
    }

    private final int maxChars;

    public QuestionCheck(int maxChars) {
        this.maxChars = maxChars;
    }

    public Result check(String raw) {
        String text = Text.normalize(raw == null ? "" : raw.replace('\u0000', ' '));
        if (text.isEmpty()) {
            return new Result(null, "Please ask a question about the stories, for example: "
                    + "“Who turned down the resignation?”");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            return new Result(null, String.format(Locale.ROOT,
                    "Questions can be at most %,d characters; this one has %,d. Please ask something shorter.",
                    maxChars, length));
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Result(null, "That does not look like a question. Please ask about the stories in words.");
        }
        return new Result(text, null);
    }
}
