package org.storybot.chat;

import java.util.List;
import org.storybot.answer.ShortAnswer;

/**
 * Makes a follow-up question stand on its own, using the conversation so far: "Who were its
 * reporters?" after a turn about The New York Times becomes a question retrieval can answer.
 */
public interface QuestionRewriter {

    /**
     * One earlier turn: the question as asked and as understood, the answer given, the short answer
     * it stated (null when it only quoted) and the story it answered from.
     */
    record Turn(String question, String standaloneQuestion, String answer, ShortAnswer shortAnswer, String storyId) {
    }

    /** The question to retrieve with; {@code question} itself when it needs nothing from before. */
    String standalone(String question, List<Turn> history);
}
