package org.storybot.discord;

import java.time.Clock;
import org.storybot.chat.RateLimiter;

/**
 * Whether a question may be answered now: not over the length limit, and within the asker's and
 * the server's questions per minute (summaries count as questions: both run the composer). A
 * refused question uses up no budget. Thread-safe.
 */
final class QuestionLimits {

    /** The verdict on one question. */
    sealed interface Verdict {

        record Admitted() implements Verdict {
        }

        record TooLong(int length, int max) implements Verdict {
        }

        /** @param wholeServer whether the server's budget, not the asker's, is spent */
        record TooFast(long retryAfterSeconds, boolean wholeServer) implements Verdict {
        }
    }

    private static final Verdict ADMITTED = new Verdict.Admitted();

    private final RateLimiter perUser;
    private final RateLimiter perServer;
    private final int maxQuestionChars;

    QuestionLimits(int userPerMinute, int serverPerMinute, int maxQuestionChars, Clock clock) {
        this.perUser = RateLimiter.perMinute(userPerMinute, clock);
        this.perServer = RateLimiter.perMinute(serverPerMinute, clock);
        this.maxQuestionChars = maxQuestionChars;
    }

    /**
     * Checks a question from {@code userId} in server {@code serverId} (null for a direct message)
     * and, when admitted, counts it against both budgets.
     */
    synchronized Verdict admit(String question, String userId, String serverId) {
        String text = question == null ? "" : question.strip();
        int length = text.codePointCount(0, text.length());
        if (length > maxQuestionChars) {
            return new Verdict.TooLong(length, maxQuestionChars);
        }
        return spend(userId, serverId);
    }

    /** Checks other costly work (a summary, a link a member adds) against the same budgets. */
    synchronized Verdict admitWork(String userId, String serverId) {
        return spend(userId, serverId);
    }

    private Verdict spend(String userId, String serverId) {
        if (perUser.check(userId) instanceof RateLimiter.Decision.Limited user) {
            return new Verdict.TooFast(user.retryAfterSeconds(), false);
        }
        if (serverId != null && perServer.check(serverId) instanceof RateLimiter.Decision.Limited server) {
            return new Verdict.TooFast(server.retryAfterSeconds(), true);
        }
        perUser.tryAcquire(userId);
        if (serverId != null) {
            perServer.tryAcquire(serverId);
        }
        return ADMITTED;
    }
}
