package org.storybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredParagraph.StoredSentence;
import org.storybot.store.StoredStory;
import org.storybot.store.Vectors;
import org.storybot.story.Text;

/**
 * Extractive summaries: the story's most central sentences (closest to the story's overall
 * meaning, with a lead bias as news puts the essentials first), none repeating another in
 * substance, within the word limit, in story order, each cited. Long summaries go section by
 * section where the story has headings.
 */
final class Summarizer {

    /** Sentences this similar to one already chosen say the same thing. */
    private static final double REDUNDANT = 0.86;
    private static final int MIN_WORDS = 6;

    Summary summarize(StoredStory story, SummaryLength length) {
        List<Unit> units = units(story);
        if (units.isEmpty()) {
            return new Summary(story.id(), story.title(), length, "", List.of(), null);
        }
        List<Unit> chosen = choose(units, length.maxWords());
        chosen.sort(Comparator.comparingInt(Unit::order));

        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        boolean bySection = length == SummaryLength.LONG && chosen.stream().map(u -> u.paragraph().section())
                .filter(Objects::nonNull).distinct().count() >= 1 && hasSections(story);
        String section = "\u0000";
        for (Unit u : chosen) {
            if (bySection && !Objects.equals(section, u.paragraph().section())) {
                section = u.paragraph().section();
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(section == null ? "" : section + ": ");
            } else if (text.length() > 0) {
                text.append(' ');
            }
            int marker = citations.cite(u.paragraph(), u.sentence().text());
            text.append(u.sentence().text()).append(" [").append(marker).append(']');
        }
        return new Summary(story.id(), story.title(), length, text.toString().strip(), citations.citations(), null);
    }

    private static boolean hasSections(StoredStory story) {
        return story.paragraphs().stream().anyMatch(p -> p.section() != null);
    }

    private record Unit(StoredParagraph paragraph, StoredSentence sentence, float[] vector, int order, int words,
            double score) {
    }

    private static List<Unit> units(StoredStory story) {
        List<float[]> vectors = new ArrayList<>();
        List<StoredParagraph> paragraphs = new ArrayList<>();
        List<StoredSentence> sentences = new ArrayList<>();
        for (StoredParagraph p : story.paragraphs()) {
            for (StoredSentence s : p.sentences()) {
                vectors.add(Vectors.normalized(s.vector()));
                paragraphs.add(p);
                sentences.add(s);
            }
        }
        float[] centroid = centroid(vectors);
        int n = sentences.size();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int words = Text.wordCount(sentences.get(i).text());
            double centrality = Vectors.dot(centroid, vectors.get(i));
            double lead = 1.0 / (1.0 + i / 3.0);
            double score = 0.6 * centrality + 0.4 * lead;
            if (words < MIN_WORDS || sentences.get(i).text().endsWith("?")) {
                score -= 0.5;
            }
            units.add(new Unit(paragraphs.get(i), sentences.get(i), vectors.get(i), i, words, score));
        }
        return units;
    }

    private static List<Unit> choose(List<Unit> units, int maxWords) {
        List<Unit> ranked = new ArrayList<>(units);
        ranked.sort(Comparator.comparingDouble(Unit::score).reversed());
        List<Unit> chosen = new ArrayList<>();
        int words = 0;
        for (Unit u : ranked) {
            if (words + u.words() > maxWords) {
                continue;
            }
            boolean repeats = chosen.stream().anyMatch(c -> Vectors.dot(c.vector(), u.vector()) >= REDUNDANT);
            if (!repeats) {
                chosen.add(u);
                words += u.words();
            }
        }
        return chosen;
    }

    private static float[] centroid(List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return Vectors.normalized(sum);
    }

}
