package org.storybot.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.Citation;
import org.storybot.answer.Contrasts;
import org.storybot.answer.GroundingCheck;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredParagraph.StoredSentence;
import org.storybot.store.StoryInfo;
import org.storybot.store.Vectors;
import org.storybot.story.Text;
import org.storybot.text.StoryAnalyzer;
import org.storybot.text.WordSets;

/**
 * The report on one event group: what most of its stories report, what only one does, where two
 * differ. Every item is a sentence of a story, verbatim, and every other outlet it is credited to is
 * credited by the citation check: a shared item is held by the words of the paragraphs it cites in
 * each outlet (words only, so that a paraphrase is not taken for the same fact), every name it uses
 * in the outlet's sentence that holds the most of it; an "only" item is
 * one the full check (words or meaning) finds in no paragraph of any other story of the group.
 */
final class GroupReport {

    /** A word with a capital after the first word, or a digit: a sentence that names someone, something or an amount. */
    private static final Pattern NAMES_SOMETHING = Pattern.compile("\\S\\s+\\p{Lu}\\p{Ll}|\\d");

    private final GroundingCheck wordsOnly;
    private final GroundingCheck full;
    private final CompareTuning.Items tuning;

    GroupReport(GroundingCheck wordsOnly, GroundingCheck full, CompareTuning.Items tuning) {
        this.wordsOnly = wordsOnly;
        this.full = full;
        this.tuning = tuning;
    }

    /** A sentence of a story with where it stands and its terms (stemmed, numbers kept), read once. */
    record Spot(StoryInfo story, StoredParagraph paragraph, StoredSentence sentence, Set<String> terms) {
        Citation citation(int marker) {
            return new Citation(marker, story.id(), story.title(), paragraph.number(), sentence.text(), paragraph.text());
        }
    }

    EventCoverage of(List<StoryProfile> group) {
        List<StoryInfo> stories = group.stream().map(p -> p.story().info()).toList();
        if (group.size() < 2) {
            return new EventCoverage(stories, List.of(), List.of(), List.of());
        }
        List<List<Spot>> spots = group.stream().map(this::spots).toList();
        List<List<StoredParagraph>> paragraphs = group.stream().map(p -> p.story().paragraphs()).toList();
        Neighbours near = new Neighbours(spots, tuning.look());
        return new EventCoverage(stories, shared(spots, near), only(spots, paragraphs, near), differ(spots, near));
    }

    /**
     * The sentences of each story nearest to a sentence, nearest first, worked out once for a report:
     * the shared, "only" and differ passes all ask for the same ones.
     */
    private static final class Neighbours {
        private final List<List<Spot>> spots;
        private final int look;
        private final Map<Spot, Map<Integer, List<Spot>>> known = new IdentityHashMap<>();

        Neighbours(List<List<Spot>> spots, int look) {
            this.spots = spots;
            this.look = look;
        }

        /** The {@code look} sentences of story {@code t} nearest to {@code x}, nearest first. */
        List<Spot> of(Spot x, int t) {
            return known.computeIfAbsent(x, k -> new HashMap<>()).computeIfAbsent(t, k -> {
                List<Spot> others = spots.get(t);
                double[] cosines = new double[others.size()];
                List<Integer> order = new ArrayList<>(others.size());
                for (int i = 0; i < cosines.length; i++) {
                    cosines[i] = cosine(x, others.get(i));
                    order.add(i);
                }
                order.sort(Comparator.comparingDouble(i -> -cosines[i]));
                return order.stream().limit(look).map(others::get).toList();
            });
        }
    }

    private List<Spot> spots(StoryProfile profile) {
        List<Spot> out = new ArrayList<>();
        for (StoredParagraph p : profile.story().paragraphs()) {
            for (StoredSentence s : p.sentences()) {
                if (s.vector() != null && Text.wordCount(s.text()) >= tuning.minWords()) {
                    out.add(new Spot(profile.story().info(), p, s, Set.copyOf(StoryAnalyzer.terms(s.text()))));
                }
            }
        }
        return out;
    }

    private record Candidate(Spot spot, List<Citation> citations, int order) {
        long outlets() {
            return citations.stream().map(Citation::storyId).distinct().count();
        }
    }

    private List<EventCoverage.Item> shared(List<List<Spot>> spots, Neighbours nearest) {
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (int s = 0; s < spots.size(); s++) {
            for (Spot x : spots.get(s)) {
                List<Citation> citations = new ArrayList<>(List.of(x.citation(1)));
                for (int t = 0; t < spots.size(); t++) {
                    if (t != s) {
                        List<Spot> near = nearest.of(x, t);
                        if (!near.isEmpty() && cosine(x, near.get(0)) >= tuning.near()) {
                            GroundingCheck.Result held = check(wordsOnly, x, near);
                            if (held.dropped().isEmpty() && !held.supported().isEmpty() && Names.allIn(x.sentence().text(),
                                    held.supported().get(0).quotes().get(0).sentence())) {
                                for (GroundingCheck.Quote q : held.supported().get(0).quotes()) {
                                    citations.add(new Citation(citations.size() + 1, near.get(0).story().id(),
                                            near.get(0).story().title(), q.paragraph().number(), q.sentence(), q.paragraph().text()));
                                }
                            }
                        }
                    }
                }
                if (citations.stream().map(Citation::storyId).distinct().count() * 2 > spots.size()) {
                    candidates.add(new Candidate(x, citations, order));
                }
                order++;
            }
        }
        candidates.sort(Comparator.comparingLong((Candidate c) -> -c.outlets()).thenComparingInt(Candidate::order));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.size() < tuning.shared() && chosen.stream().noneMatch(o -> cosine(o.spot(), c.spot()) >= tuning.repeat()
                    || oneHoldsTheOther(o.spot(), c.spot()))) {
                chosen.add(c);
            }
        }
        return chosen.stream().map(c -> new EventCoverage.Item(c.spot().sentence().text(), c.citations())).toList();
    }

    private List<EventCoverage.Only> only(List<List<Spot>> spots, List<List<StoredParagraph>> paragraphs, Neighbours nearest) {
        List<EventCoverage.Only> out = new ArrayList<>();
        for (int s = 0; s < spots.size(); s++) {
            int kept = 0;
            for (Spot x : spots.get(s)) {
                if (kept == tuning.onlyPerStory()) {
                    break;
                }
                if (NAMES_SOMETHING.matcher(x.sentence().text()).find() && nowhereElse(x, spots, paragraphs, s, nearest)) {
                    out.add(new EventCoverage.Only(x.story().id(), x.sentence().text(), List.of(x.citation(1))));
                    kept++;
                }
            }
        }
        return out;
    }

    private boolean nowhereElse(Spot x, List<List<Spot>> spots, List<List<StoredParagraph>> paragraphs, int s,
            Neighbours nearest) {
        for (int t = 0; t < spots.size(); t++) {
            if (t == s) {
                continue;
            }
            List<Spot> near = nearest.of(x, t);
            if (!near.isEmpty() && cosine(x, near.get(0)) >= tuning.elsewhere()
                    || !check(full, x, paragraphs.get(t)).supported().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private List<EventCoverage.Item> differ(List<List<Spot>> spots, Neighbours nearest) {
        record Difference(EventCoverage.Item item, double cosine) {
        }
        List<Difference> found = new ArrayList<>();
        for (int s = 0; s < spots.size(); s++) {
            for (int t = s + 1; t < spots.size(); t++) {
                for (Spot x : spots.get(s)) {
                    List<Spot> near = nearest.of(x, t);
                    if (near.isEmpty()) {
                        continue;
                    }
                    Spot y = near.get(0);
                    double cos = cosine(x, y);
                    if (cos < tuning.differ() || WordSets.jaccard(x.terms(), y.terms()) < tuning.differWords()) {
                        continue;
                    }
                    String what = what(x.sentence().text(), y.sentence().text(), oneHoldsTheOther(x, y));
                    if (what != null) {
                        String text = what + ": " + Outlets.label(x.story()) + " reports “" + x.sentence().text() + "”; "
                                + Outlets.label(y.story()) + " reports “" + y.sentence().text() + "”";
                        found.add(new Difference(new EventCoverage.Item(text, List.of(x.citation(1), y.citation(2))), cos));
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble(d -> -d.cosine()));
        return found.stream().limit(tuning.differences()).map(Difference::item).toList();
    }

    /**
     * What two tellings of one fact differ on, or null when they agree. One that only adds words to the
     * other ("..., and nobody was hurt") tells more, not otherwise: no claim or name differs then.
     */
    private String what(String a, String b, boolean adds) {
        String counted = Amounts.differ(a, b);
        if (counted != null) {
            return "A number (" + counted + ")";
        }
        if (adds) {
            return null;
        }
        if (Names.differ(a, b, tuning.sameRest())) {
            return "A name";
        }
        if (Contrasts.negates(a) != Contrasts.negates(b) || Contrasts.oppositeMismatch(a, b) || Contrasts.oppositeMismatch(b, a)) {
            return "A claim";
        }
        return null;
    }

    /** The citation check of {@code x} against the paragraphs the sentences {@code near} stand in. */
    private static GroundingCheck.Result check(GroundingCheck check, Spot x, List<Spot> near) {
        return check(check, x, near.stream().map(Spot::paragraph).distinct().toList());
    }

    /** The citation check of {@code x} against {@code paragraphs}, every one cited. */
    private static GroundingCheck.Result check(GroundingCheck check, Spot x, Collection<StoredParagraph> paragraphs) {
        Map<Integer, StoredParagraph> sources = new LinkedHashMap<>();
        StringBuilder markers = new StringBuilder();
        for (StoredParagraph p : paragraphs) {
            sources.put(sources.size() + 1, p);
            markers.append(" [").append(sources.size()).append(']');
        }
        return check.check(x.sentence().text().replace("[", "(").replace("]", ")") + markers, sources);
    }

    private static double cosine(Spot a, Spot b) {
        return Vectors.dot(a.sentence().vector(), b.sentence().vector());
    }

    /** Whether one sentence's words (stemmed, numbers kept) include all of the other's. */
    private static boolean oneHoldsTheOther(Spot a, Spot b) {
        return a.terms().containsAll(b.terms()) || b.terms().containsAll(a.terms());
    }
}
