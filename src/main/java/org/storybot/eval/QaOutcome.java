package org.storybot.eval;

import org.storybot.answer.ShortAnswer;

/**
 * How one question of a set went: which context it belongs to (by position in the file), what
 * it asks for, what came back and how the evaluation judged it.
 *
 * @param status answered, abstained or rejected
 * @param shortAnswer the short answer stated before the quotes (its words and kind), or null
 * @param correct an answer that holds a gold answer (false when not answered or unanswerable)
 * @param phraseCorrect the stated short answer holds a gold answer (false when none was stated)
 * @param citedGold a citation points at the gold evidence (false when not answered)
 * @param words the words a reader sees for the reply, sources included
 */
public record QaOutcome(
        int contextPosition,
        String questionId,
        String question,
        String kind,
        boolean unanswerable,
        String status,
        String answer,
        ShortAnswer shortAnswer,
        boolean correct,
        boolean phraseCorrect,
        boolean citedGold,
        int words,
        double latencyMs) {

    public boolean answered() {
        return status.equals("answered");
    }
}
