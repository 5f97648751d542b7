package org.storybot.answer;

import java.util.List;

/**
 * What a composer made of a question and its passages: a grounded answer whose text carries
 * markers [1], [2] for its citations, or no answer and why. A grounded answer's {@code shortAnswer}
 * is the short answer it states before its quotes ("The President", "Yes"), or null when it only
 * quotes; it travels as a value, so nothing downstream reads it back out of the text. {@code notice} is a line for the user
 * about how the answer was made (for example that the model failed and the offline composer
 * answered instead), or null.
 */
public sealed interface Composition {

    String notice();

    Composition withNotice(String notice);

    record Grounded(String text, ShortAnswer shortAnswer, List<Citation> citations, String notice) implements Composition {
        public Grounded {
            citations = List.copyOf(citations);
            if (citations.isEmpty()) {
                throw new IllegalArgumentException("a grounded answer cites at least one passage");
            }
        }

        @Override
        public Composition withNotice(String notice) {
            return new Grounded(text, shortAnswer, citations, notice);
        }
    }

    record NotFound(String reason, String notice) implements Composition {
        @Override
        public Composition withNotice(String notice) {
            return new NotFound(reason, notice);
        }
    }
}
