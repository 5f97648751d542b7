package org.storybot.config;

public record AnswerConfig(int maxQuestionChars, int conversationTurns, double minSupport) {

    public AnswerConfig {
        Checks.range("answer.max-question-chars", maxQuestionChars, 10, 20_000);
        Checks.range("answer.conversation-turns", conversationTurns, 0, 50);
        Checks.range("answer.min-support", minSupport, 0, 1);
    }
}
