package org.storybot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storybot.embedding.Embedder;
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
public final class Summarizer {

    private static final int CACHED_STORIES = 16;

    private final Embedder embedder;
    /** Sentence vectors of recently summarised stories, by content hash. */
    private final Cache<String, List<float[]>> recent = Caffeine.newBuilder().maximumSize(CACHED_STORIES).build();

    public Summarizer(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Sentences this similar to one already chosen say the same thing. */
    private static final double REDUNDANT = 0.80;
    /** How fast the lead bias fades: the seventh sentence weighs half as much as the first. */
    private static final double LEAD_DECAY = 6.0;
    private static final int MIN_WORDS = 6;

    /** The {@code count} sentences an extractive summary of {@code story} would choose, in story order, datelines left out. */
    public List<String> sentences(StoredStory story, int count) {
        List<Unit> chosen = choose(units(story), Integer.MAX_VALUE, count);
        chosen.sort(Comparator.comparingInt(Unit::order));
        return chosen.stream().map(u -> Datelines.trim(u.sentence().text())).toList();
    }

    Summary summarize(StoredStory story, SummaryLength length) {
        List<Unit> units = units(story);
        if (units.isEmpty()) {
            return new Summary(story.id(), story.title(), length, "", List.of(), null);
        }
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        if (length == SummaryLength.LONG && hasSections(story)) {
            bySection(units, length.maxWords(), citations, text);
        } else {
            List<Unit> chosen = choose(units, length.maxWords(), Integer.MAX_VALUE);
            chosen.sort(Comparator.comparingInt(Unit::order));
            append(chosen, citations, text);
        }
        return new Summary(story.id(), story.title(), length, text.toString().strip(), citations.citations(), null);
    }

    /**
     * A long summary of a story with headings: each section (the lead before the first heading
     * included) gets a share of the words by its length, at least its best sentence, under its heading.
     */
    private static void bySection(List<Unit> units, int maxWords, CitationList citations, StringBuilder text) {
        Map<String, List<Unit>> sections = new LinkedHashMap<>();
        for (Unit u : units) {
            sections.computeIfAbsent(Objects.requireNonNullElse(u.paragraph().section(), ""), k -> new ArrayList<>()).add(u);
        }
        int totalWords = units.stream().mapToInt(Unit::words).sum();
        int left = maxWords;
        List<Unit> all = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> section : sections.entrySet()) {
            int headingWords = Text.wordCount(section.getKey());
            int share = (int) ((long) maxWords * section.getValue().stream().mapToInt(Unit::words).sum() / totalWords);
            int smallest = section.getValue().stream().filter(u -> u.score() > 0).mapToInt(Unit::words).min().orElse(Integer.MAX_VALUE);
            int budget = Math.min(left - headingWords, Math.max(share - headingWords, smallest));
            List<Unit> chosen = choose(section.getValue(), budget, Integer.MAX_VALUE, all);
            if (chosen.isEmpty()) {
                continue;
            }
            chosen.sort(Comparator.comparingInt(Unit::order));
            all.addAll(chosen);
            left -= headingWords + chosen.stream().mapToInt(Unit::words).sum();
            if (text.length() > 0) {
                text.append("\n\n");
            }
            if (!section.getKey().isEmpty()) {
                text.append(section.getKey()).append(": ");
            }
            append(chosen, citations, text);
        }
    }

    private static void append(List<Unit> chosen, CitationList citations, StringBuilder text) {
        boolean first = true;
        for (Unit u : chosen) {
            if (!first) {
                text.append(' ');
            }
            first = false;
            String sentence = Datelines.trim(u.sentence().text()); // "WASHINGTON (CNN) --" is no part of what happened
            int marker = citations.cite(u.paragraph(), sentence);
            text.append(sentence).append(" [").append(marker).append(']');
        }
    }

    private static boolean hasSections(StoredStory story) {
        return story.paragraphs().stream().anyMatch(p -> p.section() != null);
    }

    private record Unit(StoredParagraph paragraph, StoredSentence sentence, float[] vector, int order, int words,
            double score) {
    }

    private List<Unit> units(StoredStory story) {
        List<StoredParagraph> paragraphs = new ArrayList<>();
        List<StoredSentence> sentences = new ArrayList<>();
        for (StoredParagraph p : story.paragraphs()) {
            for (StoredSentence s : p.sentences()) {
                paragraphs.add(p);
                sentences.add(s);
            }
        }
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<float[]> vectors = plainVectors(story, sentences);
        float[] centroid = centroid(vectors);
        int n = sentences.size();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int words = Text.wordCount(sentences.get(i).text());
            double centrality = Vectors.dot(centroid, vectors.get(i));
            double lead = 1.0 / (1.0 + i / LEAD_DECAY);
            double score = 0.6 * centrality + 0.4 * lead;
            if (words < MIN_WORDS || NonAnswers.statesNothing(sentences.get(i).text())) { // questions, credits
                score -= 0.5;
            }
            units.add(new Unit(paragraphs.get(i), sentences.get(i), vectors.get(i), i, words, score));
        }
        return units;
    }

    /**
     * Sentence vectors without the title context they are stored with for retrieval: a context
     * shared by every sentence of the story makes them all alike and blurs which ones are central.
     */
    private List<float[]> plainVectors(StoredStory story, List<StoredSentence> sentences) {
        String key = story.id() + "#" + story.info().contentHash();
        List<float[]> cached = recent.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        List<float[]> vectors = embedder.embedPassages(sentences.stream().map(StoredSentence::text).toList()).stream()
                .map(Vectors::normalized).toList();
        recent.put(key, vectors); // embedded outside the cache: a long embedding holds up no other story
        return vectors;
    }

    private static List<Unit> choose(List<Unit> units, int maxWords, int maxSentences) {
        return choose(units, maxWords, maxSentences, List.of());
    }

    /** The best units within the limits, none repeating another chosen one or one of {@code already}. */
    private static List<Unit> choose(List<Unit> units, int maxWords, int maxSentences, List<Unit> already) {
        List<Unit> ranked = new ArrayList<>(units);
        ranked.sort(Comparator.comparingDouble(Unit::score).reversed());
        List<Unit> chosen = new ArrayList<>();
        int words = 0;
        for (Unit u : ranked) {
            if (chosen.size() == maxSentences) {
                break;
            }
            if (words + u.words() > maxWords) {
                continue;
            }
            boolean repeats = chosen.stream().anyMatch(c -> Vectors.dot(c.vector(), u.vector()) >= REDUNDANT)
                    || already.stream().anyMatch(c -> Vectors.dot(c.vector(), u.vector()) >= REDUNDANT);
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
