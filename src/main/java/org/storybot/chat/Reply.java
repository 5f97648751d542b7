package org.storybot.chat;

import java.util.List;
import org.storybot.answer.Citation;
import org.storybot.answer.ShortAnswer;

/**
 * What the assistant says to a question: an answer with citations, an abstention with the nearest
 * passages (so the reader sees what the stories do say), or a rejection of the input. An answer's
 * {@code shortAnswer} is what it states before its quotes, or null. Adapters
 * decide how each looks. {@code answerId} names the stored reply (for feedback and sources).
 */
public sealed interface Reply {

    String question();

    long answerId();

    double latencyMs();

    /** The status word used in JSON output: answered, abstained or rejected. */
    String status();

    /** The main text: an answer's text, an abstention's reason, a rejection's message. */
    String text();

    /** The same reply, as recorded under {@code answerId} after {@code latencyMs}. */
    Reply recorded(long answerId, double latencyMs);

    record Answered(String question, String text, ShortAnswer shortAnswer, List<Citation> citations, String notice,
            long answerId, double latencyMs) implements Reply {
        public Answered {
            citations = List.copyOf(citations);
        }

        @Override
        public String status() {
            return "answered";
        }

        @Override
        public Reply recorded(long id, double latency) {
            return new Answered(question, text, shortAnswer, citations, notice, id, latency);
        }
    }

    record Abstained(String question, String reason, List<Citation> nearest, String notice, long answerId,
            double latencyMs) implements Reply {
        public Abstained {
            nearest = List.copyOf(nearest);
        }

        @Override
        public String status() {
            return "abstained";
        }

        @Override
        public String text() {
            return reason;
        }

        @Override
        public Reply recorded(long id, double latency) {
            return new Abstained(question, reason, nearest, notice, id, latency);
        }
    }

    record Rejected(String question, String message, long answerId, double latencyMs) implements Reply {
        @Override
        public String status() {
            return "rejected";
        }

        @Override
        public String text() {
            return message;
        }

        @Override
        public Reply recorded(long id, double latency) {
            return new Rejected(question, message, id, latency);
        }
    }

    /** The citations behind the reply: an answer's sources, an abstention's nearest passages. */
    default List<Citation> citations() {
        if (this instanceof Answered a) {
            return a.citations();
        }
        if (this instanceof Abstained a) {
            return a.nearest();
        }
        return List.of();
    }
}
