package org.storybot.quote;

import java.util.ArrayList;
import java.util.List;
import org.storybot.text.PlainWords;

/** What differs between a passage and a quotation, from their alignment: each run of unmatched words, as both wrote it. */
final class Differences {

    private Differences() {
    }

    /**
     * @param passageWords the passage's words, as aligned, with their spans in {@code passage}
     * @param quoteWords the quotation's words, as aligned, with their spans in {@code quote}
     */
    static List<QuoteVerdict.Difference> of(Alignment.Match match, String passage, List<PlainWords.Word> passageWords,
            String quote, List<PlainWords.Word> quoteWords) {
        List<QuoteVerdict.Difference> differences = new ArrayList<>();
        List<Alignment.Step> run = new ArrayList<>();
        for (Alignment.Step step : match.steps()) {
            if (step.op() == Alignment.Op.MATCH) {
                add(differences, run, passage, passageWords, quote, quoteWords);
                run.clear();
            } else {
                run.add(step);
            }
        }
        add(differences, run, passage, passageWords, quote, quoteWords);
        return differences;
    }

    private static void add(List<QuoteVerdict.Difference> differences, List<Alignment.Step> run, String passage,
            List<PlainWords.Word> passageWords, String quote, List<PlainWords.Word> quoteWords) {
        if (run.isEmpty()) {
            return;
        }
        differences.add(new QuoteVerdict.Difference(
                words(run.stream().mapToInt(Alignment.Step::passageWord).toArray(), passage, passageWords),
                words(run.stream().mapToInt(Alignment.Step::quoteWord).toArray(), quote, quoteWords)));
    }

    /** The text from the first to the last of the words named (-1 for none), as written. */
    private static String words(int[] indices, String text, List<PlainWords.Word> words) {
        int first = -1;
        int last = -1;
        for (int i : indices) {
            if (i >= 0 && i < words.size()) {
                first = first < 0 ? i : Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return first < 0 ? "" : text.substring(words.get(first).start(), words.get(last).end());
    }
}
