package org.storybot.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storybot.answer.Citation;
import org.storybot.answer.ShortAnswer;
import org.storybot.story.Text;

/**
 * How an evaluation judges one answer against its gold, by the question's kind as news_qa.json
 * defines them (SOURCES.md): an answer holds a gold answer string (after SQuAD's normalisation);
 * for yes/no questions the first gold entry is "yes" or "no" and the answer must hold one of the
 * other entries and must not state the opposite; an overview must hold every key phrase of the
 * lead. A citation is right when its paragraph holds the gold evidence words, else when it is the
 * gold paragraph, of the question's own story either way.
 */
final class QaJudge {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");

    private QaJudge() {
    }

    /** Whether {@code text}, an answer as shown, holds the gold answer of {@code q}. */
    static boolean holdsAnswer(QaSet.Question q, String text, ShortAnswer stated) {
        if (isYesNo(q)) {
            boolean contrary = stated != null && stated.kind() == ShortAnswer.Kind.YES_NO
                    && !stated.text().equalsIgnoreCase(q.answers().get(0));
            return !contrary && containsAny(text, q.answers().subList(1, q.answers().size()));
        }
        if (q.isOverview()) {
            return q.answers().stream().allMatch(a -> containsAny(text, List.of(a)));
        }
        return containsAny(text, q.answers());
    }

    /** Whether a stated short answer holds a gold answer: Yes/No the right one, a phrase a gold string. */
    static boolean phraseHolds(QaSet.Question q, ShortAnswer stated) {
        if (stated.kind() == ShortAnswer.Kind.YES_NO) {
            return isYesNo(q) && stated.text().equalsIgnoreCase(q.answers().get(0));
        }
        List<String> golds = isYesNo(q) ? q.answers().subList(1, q.answers().size()) : q.answers();
        return containsAny(stated.text(), golds);
    }

    /** Whether one of {@code citations} points at the evidence (or gold paragraph) of {@code q} in {@code storyId}. */
    static boolean citesGold(QaSet.Question q, List<Citation> citations, String storyId, int goldParagraph) {
        String evidence = q.evidence() == null ? null : Text.key(q.evidence());
        for (Citation c : citations) {
            if (!c.storyId().equals(storyId)) {
                continue;
            }
            boolean holds = evidence != null ? Text.key(c.paragraphText()).contains(evidence) : c.paragraph() == goldParagraph;
            if (holds) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYesNo(QaSet.Question q) {
        return q.answers().size() >= 2 && q.answers().get(0).toLowerCase(Locale.ROOT).matches("yes|no");
    }

    /** SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces. */
    static String normalize(String text) {
        String s = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = ARTICLES.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", " ").strip();
    }

    static boolean containsAny(String shown, List<String> answers) {
        String text = " " + normalize(shown) + " ";
        return answers.stream().map(QaJudge::normalize).filter(a -> !a.isEmpty())
                .anyMatch(a -> text.contains(" " + a + " "));
    }
}
