package org.storybot.quote;

/**
 * Every tuned constant of the quote check, in one place, with where it came from. Chosen on the
 * even-indexed quotations of {@code eval-quotes} (politics_2017.json) only; the odd ones are the
 * held-out half the README reports (see README, "Quote check").
 *
 * @param candidates paragraphs retrieved for a quotation, in which its words are looked for
 * @param maxEdits the most words changed, added or dropped for a passage to count as close
 * @param maxEditShare the most edits per word of the quotation for a passage to count as close
 * @param minWords the fewest words a quotation has for a close passage to be reported
 * @param nearest passages shown when nothing is found
 */
public record QuoteTuning(int candidates, int maxEdits, double maxEditShare, int minWords, int nearest) {

    public QuoteTuning {
        if (candidates < 1 || maxEdits < 1 || maxEditShare <= 0 || minWords < 1 || nearest < 0) {
            throw new IllegalArgumentException("quote tuning out of range");
        }
    }

    /** See the class comment and README, "Quote check", for how each value was chosen. */
    public static final QuoteTuning DEFAULT = new QuoteTuning(8, 3, 0.25, 4, 2);
}
