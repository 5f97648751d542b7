package org.storybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storybot.answer.SummaryUnits.Piece;
import org.storybot.answer.SummaryUnits.Unit;
import org.storybot.store.StoredStory;
import org.storybot.store.Vectors;
import org.storybot.story.Text;

/**
 * One summary across several stories about a topic: their sentences weighed by how close they are
 * to the topic and how central they are in their own story, one story's sentence before a second
 * of any, each fact said once: a sentence that says what a chosen one says, in another story, adds
 * that story's citation to it instead of being said again (the same fact, another outlet). Pieces
 * in the order of their stories' dates, then of the stories. Thread-safe.
 */
final class TopicSummarizer {

    /**
     * How much closeness to the topic counts beside centrality in the story. A round value: there
     * is no reference set of topic summaries to choose one on.
     */
    private static final double TOPIC_WEIGHT = 0.5;

    private final SummaryUnits units;

    TopicSummarizer(SummaryUnits units) {
        this.units = units;
    }

    /** A piece and the sentences of other stories that say the same. */
    private record Said(Piece piece, List<Unit> alike, int storyRank) {
    }

    Summary summarize(String topic, List<StoredStory> stories, SummaryLength length) {
        float[] about = Vectors.normalized(units.embedder().embedQuery(topic));
        List<Scored> all = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            for (Unit u : units.of(stories.get(s))) {
                all.add(new Scored(u, s, (1 - TOPIC_WEIGHT) * u.score() + TOPIC_WEIGHT * Vectors.dot(about, u.vector())));
            }
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Said> chosen = new ArrayList<>();
        Set<Integer> storiesUsed = new HashSet<>();
        int words = 0;
        double redundant = units.tuning().redundant();
        for (boolean spread : new boolean[] {true, false}) {
            for (Scored c : all) {
                int left = length.maxWords() - words;
                if (chosen.stream().anyMatch(s -> s.piece().unit() == c.unit() || s.alike().contains(c.unit()))
                        || spread && storiesUsed.contains(c.story())) {
                    continue;
                }
                Said same = chosen.stream().filter(s -> Vectors.dot(s.piece().unit().vector(), c.unit().vector()) >= redundant)
                        .findFirst().orElse(null);
                if (same != null) {
                    if (same.storyRank() != c.story() && same.alike().stream().noneMatch(u -> sameStory(u, c.unit()))) {
                        same.alike().add(c.unit()); // reported by another outlet too: cited, not said again
                    }
                    continue;
                }
                if (left < Clauses.MIN_WORDS) {
                    continue;
                }
                var piece = units.piece(c.unit(), left);
                if (piece.isPresent()) {
                    chosen.add(new Said(piece.get(), new ArrayList<>(), c.story()));
                    storiesUsed.add(c.story());
                    words += Text.wordCount(piece.get().text());
                }
            }
        }
        chosen.sort(Comparator.comparing((Said s) -> dateOf(stories.get(s.storyRank())))
                .thenComparingInt(Said::storyRank).thenComparingInt(s -> s.piece().unit().order()));
        return render(topic, chosen, length);
    }

    private record Scored(Unit unit, int story, double score) {
    }

    private static boolean sameStory(Unit a, Unit b) {
        return a.paragraph().storyId().equals(b.paragraph().storyId());
    }

    private static String dateOf(StoredStory story) {
        return story.info().date() == null ? "9999" : story.info().date().toString();
    }

    private static Summary render(String topic, List<Said> chosen, SummaryLength length) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        for (Said said : chosen) {
            text.append(text.length() == 0 ? "" : " ").append(said.piece().text()).append(' ');
            Set<Integer> markers = new LinkedHashSet<>();
            markers.add(citations.cite(said.piece().unit().paragraph(), Datelines.trim(said.piece().unit().sentence().text())));
            for (Unit other : said.alike()) {
                markers.add(citations.cite(other.paragraph(), Datelines.trim(other.sentence().text())));
            }
            markers.forEach(m -> text.append('[').append(m).append(']'));
        }
        return new Summary(null, topic, length, text.toString().strip(), citations.citations(), null, topic);
    }
}
