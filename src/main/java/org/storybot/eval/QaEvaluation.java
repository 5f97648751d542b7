package org.storybot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storybot.answer.ShortAnswer;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.console.PlainText;
import org.storybot.story.Text;

/**
 * Runs a SQuAD-style question set through the real ask path and judges what a reader would
 * notice: does the shown answer hold a gold answer, does a citation point at the gold evidence,
 * does the bot abstain when the story cannot answer, how long the answer is and how long it takes.
 * Each question is asked about its own story, or, over a library, without naming one, as a
 * Discord member asks (overview questions excepted: "what is this story about?" is asked of the
 * story in talk).
 */
public final class QaEvaluation {

    /** How questions are asked: each about its own story, or of the whole library. */
    public enum Scope { OWN_STORY, LIBRARY }

    private final Assistant assistant;

    public QaEvaluation(Assistant assistant) {
        this.assistant = assistant;
    }

    /** Every question of {@code set}, asked and judged; {@code numbering} maps context paragraphs to story paragraphs. */
    public List<QaOutcome> run(QaSet set, Map<String, int[]> numbering, Scope scope) {
        List<QaOutcome> outcomes = new ArrayList<>();
        for (int position = 0; position < set.contexts().size(); position++) {
            QaSet.Context context = set.contexts().get(position);
            for (QaSet.Question q : context.questions()) {
                String storyId = scope == Scope.OWN_STORY || q.isOverview() ? context.id() : null;
                Reply reply = assistant.ask(new Question(q.question(), null, storyId, "eval", null));
                outcomes.add(judge(position, context, q, reply, numbering.get(context.id())));
            }
        }
        return outcomes;
    }

    private static QaOutcome judge(int position, QaSet.Context context, QaSet.Question q, Reply reply, int[] numbers) {
        boolean correct = false;
        boolean phraseCorrect = false;
        boolean cited = false;
        ShortAnswer shortAnswer = null;
        if (reply instanceof Reply.Answered a && !q.unanswerable()) {
            correct = QaJudge.holdsAnswer(q, a.text(), a.shortAnswer());
            phraseCorrect = a.shortAnswer() != null && QaJudge.phraseHolds(q, a.shortAnswer());
            int gold = q.paragraphIndex() < 0 || q.paragraphIndex() >= numbers.length ? -1 : numbers[q.paragraphIndex()];
            cited = QaJudge.citesGold(q, a.citations(), context.id(), gold);
        }
        if (reply instanceof Reply.Answered a && a.shortAnswer() != null) {
            shortAnswer = a.shortAnswer();
        }
        String shown = PlainText.reply(reply);
        return new QaOutcome(position, q.id(), q.question(), q.kind() == null ? "" : q.kind(), q.unanswerable(),
                reply.status(), shown, shortAnswer, correct, phraseCorrect, cited, Text.wordCount(shown), reply.latencyMs());
    }
}
