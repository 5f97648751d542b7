package org.storybot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;

/**
 * Runs a SQuAD-style question set through the real ask path, each question asked about its own
 * story, and measures what a reader would notice: does the shown answer hold a gold answer, does
 * the first citation point at the gold paragraph, does the bot abstain when the story cannot
 * answer, and how long it takes.
 */
public final class QaEvaluation {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");

    /** The figures of one run. */
    public record Result(
            int answerable,
            int unanswerable,
            double answerAccuracy,
            double answerAccuracyOverAll,
            double citationAccuracy,
            double falseAbstention,
            double unanswerableAbstained,
            double p50LatencyMs,
            double p95LatencyMs) {
    }

    private final Assistant assistant;

    public QaEvaluation(Assistant assistant) {
        this.assistant = assistant;
    }

    public Result run(QaSet set, Map<String, int[]> numbering) {
        int answerable = 0;
        int answered = 0;
        int correct = 0;
        int goldCited = 0;
        int unanswerable = 0;
        int abstainedUnanswerable = 0;
        List<Double> latencies = new ArrayList<>();
        for (QaSet.Context context : set.contexts()) {
            for (QaSet.Question q : context.questions()) {
                Reply reply = assistant.ask(new Question(q.question(), null, context.id(), "eval", null));
                latencies.add(reply.latencyMs());
                boolean abstained = !(reply instanceof Reply.Answered);
                if (q.unanswerable()) {
                    unanswerable++;
                    if (abstained) {
                        abstainedUnanswerable++;
                    }
                    continue;
                }
                answerable++;
                if (abstained) {
                    continue;
                }
                answered++;
                Reply.Answered a = (Reply.Answered) reply;
                if (containsAny(a.text(), q.answers())) {
                    correct++;
                }
                int gold = q.paragraphIndex() < 0 ? -1 : numbering.get(context.id())[q.paragraphIndex()];
                if (!a.citations().isEmpty() && a.citations().get(0).paragraph() == gold
                        && a.citations().get(0).storyId().equals(context.id())) {
                    goldCited++;
                }
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(answerable, unanswerable, ratio(correct, answered), ratio(correct, answerable),
                ratio(goldCited, answered), ratio(answerable - answered, answerable),
                ratio(abstainedUnanswerable, unanswerable), percentile(sorted, 50), percentile(sorted, 95));
    }

    /** SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces. */
    static String normalize(String text) {
        String s = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = ARTICLES.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", " ").strip();
    }

    static boolean containsAny(String shown, List<String> answers) {
        String text = " " + normalize(shown) + " ";
        return answers.stream().map(QaEvaluation::normalize).filter(a -> !a.isEmpty())
                .anyMatch(a -> text.contains(" " + a + " "));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
