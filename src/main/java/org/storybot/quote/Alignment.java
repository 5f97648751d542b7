package org.storybot.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The best match of a quotation's words inside a passage's words: a token-level edit distance in
 * which the whole quotation is aligned to any stretch of the passage (words before and after the
 * stretch are free). Each changed, added or dropped word costs one. A pure function.
 */
final class Alignment {

    /** What one aligned step is: the same word, a word changed, a quotation word the passage lacks, a passage word the quotation lacks. */
    enum Op { MATCH, CHANGED, ADDED, DROPPED }

    /** One step: the indices of the quotation's and the passage's words it covers (-1 for none). */
    record Step(Op op, int quoteWord, int passageWord) {
    }

    /**
     * The best stretch: passage words [from, to) and the steps from the first to the last, costing {@code edits}.
     */
    record Match(int edits, int from, int to, List<Step> steps) {
        Match {
            steps = List.copyOf(steps);
        }
    }

    private Alignment() {
    }

    /** The stretch of {@code passage} nearest to {@code quote}; among equals, the one closest to the quotation's length. */
    static Match best(List<String> quote, List<String> passage) {
        int m = quote.size();
        int n = passage.size();
        int[][] d = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            d[i][0] = i;
            for (int j = 1; j <= n; j++) {
                int diagonal = d[i - 1][j - 1] + (quote.get(i - 1).equals(passage.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(diagonal, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        int least = Integer.MAX_VALUE;
        for (int j = 0; j <= n; j++) {
            least = Math.min(least, d[m][j]);
        }
        Match best = null;
        for (int j = 0; j <= n; j++) {
            if (d[m][j] == least) {
                Match candidate = trace(d, quote, passage, j);
                if (best == null || Math.abs(candidate.to() - candidate.from() - m) < Math.abs(best.to() - best.from() - m)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Back from the quotation's end at passage word {@code end}, preferring a match or a change at each step. */
    private static Match trace(int[][] d, List<String> quote, List<String> passage, int end) {
        List<Step> steps = new ArrayList<>();
        int i = quote.size();
        int j = end;
        while (i > 0) {
            boolean same = j > 0 && quote.get(i - 1).equals(passage.get(j - 1));
            if (j > 0 && d[i][j] == d[i - 1][j - 1] + (same ? 0 : 1)) {
                steps.add(new Step(same ? Op.MATCH : Op.CHANGED, i - 1, j - 1));
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                steps.add(new Step(Op.ADDED, i - 1, -1));
                i--;
            } else {
                steps.add(new Step(Op.DROPPED, -1, j - 1));
                j--;
            }
        }
        java.util.Collections.reverse(steps);
        return new Match(d[quote.size()][end], j, end, steps);
    }
}
