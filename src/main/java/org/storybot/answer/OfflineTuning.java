package org.storybot.answer;

/**
 * Every tuned constant of the offline composer, in one place. Chosen on the even-numbered articles
 * of news_qa.json (the odd ones held out; see README, Answer quality) together with the SQuAD 2.0
 * sample qa.json, from round values, keeping each as loose as the figures allowed.
 *
 * @param candidates sentences of the retrieved passages weighed as the answer
 * @param coverageWeight how much the share of the question's words a sentence holds adds to its rank
 * @param denseWeight how much the sentence's cosine to the question adds
 * @param anchoredBonus rank added for a phrase of the kind asked for, next to the question's words
 * @param typedBonus rank added for such a phrase elsewhere in the sentence
 * @param minCoverage the least share of the question's content words (in some form) an answer holds,
 *     unless it is as close in meaning as {@code closeInMeaning}
 * @param closeInMeaning a cosine between question and sentence that stands in for the words they share
 * @param yesNoNames the least share of a yes/no question's names its quoted sentence holds
 * @param yesCoverage the share a sentence must hold, with no negation, to lead with "Yes"
 * @param noCoverage the share a sentence that negates must hold to lead with "No"
 * @param tensePenalty rank taken from a sentence in the future for a question in the past, or the other way round
 * @param causeRequired whether a why-question's sentence must hold a word of cause ("because", "after", "to ...")
 * @param sameInMeaning a cosine at which a sentence says what the question asks, whatever its phrases
 * @param close a second story's answer within this share of the best one's rank is shown beside it
 */
public record OfflineTuning(int candidates, double coverageWeight, double denseWeight, double anchoredBonus,
        double typedBonus, double minCoverage, double closeInMeaning, double yesNoNames, double yesCoverage,
        double noCoverage, double tensePenalty, boolean causeRequired, double sameInMeaning, double close) {

    public static final OfflineTuning DEFAULT = new OfflineTuning(8, 0.5, 0.5, 0.2, 0.05, 0.4, 0.72, 0.5, 0.8, 0.5, 0.2,
            true, 0.8, 0.9);
}
