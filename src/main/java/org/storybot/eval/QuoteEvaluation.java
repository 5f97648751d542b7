package org.storybot.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.storybot.quote.QuoteCheck;
import org.storybot.quote.QuoteVerdict;
import org.storybot.retrieval.Library;
import org.storybot.story.Paragraph;
import org.storybot.store.StoryInfo;
import org.storybot.text.PlainWords;

/**
 * Runs the quote check on {@link QuoteProbes} over a library holding politics_2017.json and scores
 * it, for the even-indexed probes (the half its constants were chosen on) and the odd ones (held out).
 * Every verdict is checked independently: an exact one must cite a paragraph holding the words; a
 * close one must show the words the article really has; an invented one must be not found.
 */
public final class QuoteEvaluation {

    /** At most this many invented probes are checked, evenly spread over those drawn. */
    static final int MAX_INVENTED = 400;

    /** One probe's outcome: its kind, half, whether it passed, and what the check said. */
    public record Outcome(String kind, boolean even, boolean passed, String text, String expected, String got) {
    }

    private final QuoteCheck check;
    private final Library library;

    public QuoteEvaluation(QuoteCheck check, Library library) {
        this.check = check;
        this.library = library;
    }

    public List<Outcome> run(QuoteProbes.Probes probes) {
        List<Outcome> outcomes = new ArrayList<>();
        for (QuoteProbes.Drawn d : probes.drawn()) {
            QuoteVerdict v = check.check(d.text(), null);
            boolean found = v instanceof QuoteVerdict.Exact e && holds(e.citation().paragraphText(), d.text());
            String speaker = v instanceof QuoteVerdict.Exact e ? e.speaker() : null;
            outcomes.add(new Outcome("exact", even(d.index()), found, d.text(), d.storyId(), describe(v)));
            if (d.speaker() != null) {
                boolean agrees = found && speaker != null && sameSpeaker(d.speaker(), speaker);
                outcomes.add(new Outcome("speaker", even(d.index()), agrees, d.text(), d.speaker(), String.valueOf(speaker)));
            }
        }
        for (QuoteProbes.Changed c : probes.changed()) {
            QuoteVerdict v = check.check(c.text(), null);
            boolean real = v instanceof QuoteVerdict.Close close
                    && PlainWords.of(close.quote()).equals(PlainWords.of(c.source().text()));
            outcomes.add(new Outcome("changed", even(c.source().index()), real, c.text(), c.source().text(), describe(v)));
        }
        List<String> corpus = corpus();
        List<QuoteProbes.Invented> invented = spread(probes.invented());
        for (QuoteProbes.Invented i : invented) {
            if (corpus.stream().anyMatch(p -> holds(p, i.text()))) {
                continue; // the 2017 corpus holds these words after all: no invention
            }
            QuoteVerdict v = check.check(i.text(), null);
            outcomes.add(new Outcome("invented", even(i.index()), v instanceof QuoteVerdict.NotFound, i.text(), i.source(), describe(v)));
        }
        return outcomes;
    }

    /** The report: per half, each measure's share of passes. */
    public static List<String> lines(List<Outcome> outcomes) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-6s %-44s %-44s", "", "even (constants chosen here)", "odd (held out)"));
        row(lines, outcomes, "exact", "exact, found at a paragraph holding the words");
        row(lines, outcomes, "speaker", "exact with the right speaker (attributed quotes)");
        row(lines, outcomes, "changed", "one word changed, close with the real wording");
        row(lines, outcomes, "invented", "invented (CNN/XSum sentences), not found");
        return lines;
    }

    private static void row(List<String> lines, List<Outcome> outcomes, String kind, String label) {
        lines.add(label + ":");
        lines.add(String.format(Locale.ROOT, "%-6s %-44s %-44s", "", share(outcomes, o -> o.kind().equals(kind) && o.even()),
                share(outcomes, o -> o.kind().equals(kind) && !o.even())));
    }

    private static String share(List<Outcome> outcomes, Predicate<Outcome> which) {
        long n = outcomes.stream().filter(which).count();
        long passed = outcomes.stream().filter(which).filter(Outcome::passed).count();
        return n == 0 ? "-" : String.format(Locale.ROOT, "%d/%d = %.1f%%", passed, n, 100.0 * passed / n);
    }

    private static boolean even(int index) {
        return index % 2 == 0;
    }

    /** Whether the words of {@code quote} stand together, in order, among the words of {@code paragraph}. */
    static boolean holds(String paragraph, String quote) {
        List<String> p = PlainWords.of(paragraph);
        List<String> q = PlainWords.of(quote);
        return !q.isEmpty() && Collections.indexOfSubList(p, q) >= 0;
    }

    /** The independent rule's speaker and the product's are one person: the gold's last name is among the found name's words. */
    static boolean sameSpeaker(String gold, String found) {
        List<String> g = PlainWords.of(gold);
        return !g.isEmpty() && PlainWords.of(found).contains(g.get(g.size() - 1));
    }

    private List<String> corpus() {
        List<String> paragraphs = new ArrayList<>();
        for (StoryInfo info : library.stories()) {
            library.story(info.id()).ifPresent(s -> s.paragraphs().stream().map(Paragraph::text).forEach(paragraphs::add));
        }
        return paragraphs;
    }

    private static List<QuoteProbes.Invented> spread(List<QuoteProbes.Invented> all) {
        if (all.size() <= MAX_INVENTED) {
            return all;
        }
        List<QuoteProbes.Invented> picked = new ArrayList<>();
        for (int i = 0; i < MAX_INVENTED; i++) {
            picked.add(all.get((int) ((long) i * all.size() / MAX_INVENTED)));
        }
        return picked;
    }

    private static String describe(QuoteVerdict v) {
        if (v instanceof QuoteVerdict.Exact e) {
            return "exact " + e.citation().storyId() + "#" + e.citation().paragraph() + " by " + e.speaker();
        }
        if (v instanceof QuoteVerdict.Close c) {
            return "close " + c.citation().storyId() + "#" + c.citation().paragraph() + ": " + c.quote();
        }
        return "not_found";
    }
}
