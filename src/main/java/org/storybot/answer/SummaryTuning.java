package org.storybot.answer;

/**
 * Every tuned constant of the offline summaries, in one place. Chosen 2026-12-02 on the
 * even-numbered CNN and XSum articles of summaries.json (the odd ones held out; README, Summary
 * quality), from a few round values each, those compared given below.
 *
 * @param similarityFloor a sentence counts toward another's centrality by how far their cosine is
 *     above this (0.5 and 0.6 compared; 0.6 left many stories with no central sentence)
 * @param forwardWeight weight of the sentences after a sentence in its centrality: news elaborates
 *     what it said first, so a sentence that later ones echo is central (round value)
 * @param backwardWeight weight of the sentences before it: echoing what came earlier makes a
 *     sentence less central (-0.3 and 0 compared: 0 lost 5 to 7 ROUGE-1 points on CNN)
 * @param leadWeight how much a sentence's position counts beside its centrality (0, 0.1, 0.2, 0.4
 *     compared with the directed centrality: 0 best; the forward weight is a lead bias already)
 * @param leadDecay sentences until the lead weight halves (as before)
 * @param redundant a cosine at which two sentences say the same thing (as before)
 * @param shortenFirst whether each chosen sentence goes in at its shortest (its attribution, asides
 *     and trailing clauses left out) rather than whole when it fits (compared: shortest first gained
 *     1 to 3 ROUGE-1 points on CNN and XSum)
 * @param spread whether the summary takes one sentence of a paragraph before a second of any, so
 *     that it covers the story, not its first paragraph alone (compared: on CNN short +1 ROUGE-1, medium -0.8)
 *
 * <p>Also compared on the even half and not kept (2026-12-03): the story's first sentence that states
 * something always opening the summary (the inverted pyramid; the centrality chooses it in most
 * stories already), CNN short 38.2 -> 38.1 ROUGE-1, XSum medium 13.9 -> 13.3; a lead weight of 0.2,
 * CNN short 35.9; two sentences the same at a cosine of 0.7 (not 0.8), CNN short 38.6 but medium 25.1
 * and XSum short 17.1; the spread for short summaries only, CNN medium 25.6 -> 26.5 ROUGE-1 on the even
 * half and 27.0 -> 26.9 on the held-out one, but the shipped story's medium summary then kept to its
 * first three paragraphs (the tweets and the feud, which the story is about, left out).
 */
public record SummaryTuning(double similarityFloor, double forwardWeight, double backwardWeight, double leadWeight,
        double leadDecay, double redundant, boolean shortenFirst, boolean spread) {

    public static final SummaryTuning DEFAULT = new SummaryTuning(0.5, 1.0, -0.3, 0.0, 6.0, 0.80, true,
            true);
}
