package org.storybot.eval;

import java.util.List;
import java.util.function.Predicate;

/**
 * The figures of a question set's run, or of part of it (one kind of question, one half of the
 * contexts).
 *
 * @param answerAccuracy answers given to answerable questions that hold a gold answer
 * @param answerAccuracyOverAll the same over all answerable questions, abstaining counted wrong
 * @param citationAccuracy answers given to answerable questions that cite the gold evidence
 * @param falseAbstention answerable questions not answered
 * @param unanswerableAbstained unanswerable questions not answered
 * @param phrasePrecision stated short answers (to answerable questions) that hold a gold answer
 * @param statedPhrases how many answers to answerable questions stated a short answer
 * @param medianWords median words a reader sees for an answer given, sources included
 */
public record QaFigures(
        int answerable,
        int unanswerable,
        double answerAccuracy,
        double answerAccuracyOverAll,
        double citationAccuracy,
        double falseAbstention,
        double unanswerableAbstained,
        double phrasePrecision,
        int statedPhrases,
        double medianWords,
        double p50LatencyMs,
        double p95LatencyMs) {

    public static QaFigures of(List<QaOutcome> outcomes) {
        List<QaOutcome> answerable = outcomes.stream().filter(o -> !o.unanswerable()).toList();
        List<QaOutcome> unanswerable = outcomes.stream().filter(QaOutcome::unanswerable).toList();
        List<QaOutcome> answered = answerable.stream().filter(QaOutcome::answered).toList();
        List<QaOutcome> stated = answered.stream().filter(o -> o.shortAnswer() != null).toList();
        double[] latencies = outcomes.stream().mapToDouble(QaOutcome::latencyMs).sorted().toArray();
        double[] words = outcomes.stream().filter(QaOutcome::answered).mapToDouble(QaOutcome::words).sorted().toArray();
        return new QaFigures(answerable.size(), unanswerable.size(),
                share(answered, QaOutcome::correct), share(answerable, QaOutcome::correct),
                share(answered, QaOutcome::citedGold), share(answerable, o -> !o.answered()),
                share(unanswerable, o -> !o.answered()), share(stated, QaOutcome::phraseCorrect), stated.size(),
                median(words), percentile(latencies, 50), percentile(latencies, 95));
    }

    /** Whether there is anything to report for answerable questions. */
    public boolean hasAnswerable() {
        return answerable > 0;
    }

    private static double share(List<QaOutcome> outcomes, Predicate<QaOutcome> test) {
        return outcomes.isEmpty() ? Double.NaN : (double) outcomes.stream().filter(test).count() / outcomes.size();
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
