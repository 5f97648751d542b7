package org.storybot.answer;

import java.util.Locale;
import java.util.Set;
import org.storybot.answer.Asked.Term;

/**
 * Whether a sentence plainly answers a yes/no question: "No" when it negates what the question
 * asks right next to the question's own words ("Babineau said he had no rescue training") or says
 * its opposite ("turned down" for "accept", "younger" for "older"); "Yes" when it holds nearly all
 * of the question's words, names and verb included, with no negation and nothing that hedges it
 * ("only", "may", "if"); otherwise it says neither,
 * and the answer only quotes what the story says.
 */
final class Polarity {

    enum Verdict { YES, NO, UNSAID }

    /**
     * Words that keep a sentence from plainly saying yes: it restricts ("only from June"), doubts
     * ("may", "allegedly") or makes it hang on something ("if", "unless").
     */
    private static final Set<String> HEDGES = Set.of("only", "may", "might", "could", "would", "if", "unless", "whether",
            "allegedly", "reportedly", "possibly", "perhaps", "probably", "until", "yet", "unclear");
    /** A negation this many tokens or fewer from a word of the question negates it. */
    private static final int NEGATION_DISTANCE = 3;

    Verdict of(Asked asked, Reading sentence, Support.Assessment support, OfflineTuning tuning) {
        if (asked.negated() || support.namesShare() < tuning.yesNoNames()) {
            return Verdict.UNSAID;
        }
        if (support.coverage() >= tuning.noCoverage() && (negatedNearQuestion(asked, sentence) || support.opposed())) {
            return Verdict.NO;
        }
        boolean negates = sentence.tokens().stream().anyMatch(t -> Contrasts.isNegation(t.text()) || HEDGES.contains(lower(t.text())));
        if (support.coverage() >= tuning.yesCoverage() && support.verbHeld() && !negates) {
            return Verdict.YES;
        }
        return Verdict.UNSAID;
    }

    private static boolean negatedNearQuestion(Asked asked, Reading sentence) {
        for (Term t : asked.terms()) {
            if (t.weight() < 0.5) {
                continue;
            }
            for (int at : sentence.find(t)) {
                for (int i = Math.max(0, at - NEGATION_DISTANCE); i <= Math.min(sentence.size() - 1, at + 1); i++) {
                    if (Contrasts.isNegation(sentence.token(i).text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
