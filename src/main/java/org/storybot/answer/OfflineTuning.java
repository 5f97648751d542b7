package org.storybot.answer;

/**
 * Every tuned constant of the offline composer, in one place. Chosen 2026-12-01 on the
 * even-numbered articles of news_qa.json (the odd ones held out; README, Answer quality) together
 * with the SQuAD 2.0 sample qa.json, from a few round values each; where a value was compared with
 * others, they are given below.
 *
 * @param candidates sentences of the retrieved passages weighed as the answer (as before)
 * @param coverageWeight how much the share of the question's words a sentence holds adds to its rank (round value)
 * @param denseWeight how much the sentence's cosine to the question adds (as before)
 * @param anchoredBonus rank added for a phrase of the kind asked for, next to the question's words
 *     (0.1 and 0.2 compared on SQuAD before; 0.2 kept)
 * @param typedBonus rank added for such a phrase elsewhere in the sentence (as before)
 * @param minCoverage the least share of the question's content words (in some form) an answer holds,
 *     unless it is as close in meaning as {@code closeInMeaning} (0.3, 0.34, 0.4, 0.5 compared: 0.5
 *     abstained on 15% of the even half's answerable questions, 0.3 on only 63% of its unanswerable)
 * @param closeInMeaning a cosine between question and sentence that stands in for the words they
 *     share (0.68, 0.70, 0.72, 0.75 compared)
 * @param yesNoNames the least share of a yes/no question's names its quoted sentence holds (round value)
 * @param yesCoverage the share a sentence must hold, with no negation or hedge, to lead with "Yes" (round value)
 * @param noCoverage the share a sentence that negates must hold to lead with "No" (round value)
 * @param tensePenalty rank taken from a sentence in the future for a question in the past, or the
 *     other way round (0.2 and 0.5 compared: 0.5 abstained more)
 * @param causeRequired whether a why-question's sentence must hold a word of cause ("because",
 *     "after", "to ..."): with it, 79% of the even half's unanswerable questions abstained, without, 75%;
 *     compared again 2026-12-04: without it the even half's false abstention fell from 0.104 to 0.063,
 *     but its accuracy fell from 0.907 to 0.889 and 0.792 of its unanswerable questions abstained, not 0.833
 * @param sameInMeaning a cosine at which a sentence says what the question asks, whatever its
 *     phrases (0.78 and 0.8 compared; 0.8 took SQuAD's false abstention from 0.137 to 0.103)
 * @param close candidates within this share of the best one's rank are weighed in turn, and a second
 *     story's answer within it is shown beside (0.5, 0.8, 0.9 compared: wider windows answer
 *     unanswerable questions)
 * @param settingWeight how much a question's word counts, against its other words, when it stands in
 *     a closing clause of time ("who took the dog in after she was found?"): that clause sets the
 *     scene, which the answer's sentence need not repeat (1, 0.5, 0.25 compared, 2026-12-03: 0.5 and
 *     0.25 abstained on 20 of the even half's 24 unanswerable questions against 19, every other
 *     figure of that half and of SQuAD level or better; the round 0.5 kept)
 */
public record OfflineTuning(int candidates, double coverageWeight, double denseWeight, double anchoredBonus,
        double typedBonus, double minCoverage, double closeInMeaning, double yesNoNames, double yesCoverage,
        double noCoverage, double tensePenalty, boolean causeRequired, double sameInMeaning, double close,
        double settingWeight) {

    public static final OfflineTuning DEFAULT = new OfflineTuning(8, 0.5, 0.5, 0.2, 0.05, 0.4, 0.72, 0.5, 0.8, 0.5, 0.2,
            true, 0.8, 0.9, 0.5);
}
