package org.storybot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.storybot.embedding.Embedder;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredParagraph.StoredSentence;
import org.storybot.store.StoredStory;
import org.storybot.store.Vectors;
import org.storybot.story.Text;

/**
 * A story's sentences as summaries weigh them: each with its vector (without the retrieval
 * context) and its score, its directed centrality (see {@link Summarizer}); and a sentence as it
 * fits the words left, whole or shortened ({@link Clauses}). Thread-safe.
 */
final class SummaryUnits {

    private static final int CACHED_STORIES = 16;
    private static final int MIN_WORDS = 6;

    /** A sentence of the story with its paragraph, vector, position, length and score. */
    record Unit(StoredParagraph paragraph, StoredSentence sentence, float[] vector, int order, int words, double score) {
    }

    /** A sentence as the summary says it: whole, or shortened to the clause that carries its fact. */
    record Piece(Unit unit, String text) {
    }

    private final Embedder embedder;
    private final SummaryTuning tuning;
    /** Sentence vectors of recently summarised stories, by content hash. */
    private final Cache<String, List<float[]>> recent = Caffeine.newBuilder().maximumSize(CACHED_STORIES).build();

    SummaryUnits(Embedder embedder, SummaryTuning tuning) {
        this.embedder = embedder;
        this.tuning = tuning;
    }

    SummaryTuning tuning() {
        return tuning;
    }

    Embedder embedder() {
        return embedder;
    }

    List<Unit> of(StoredStory story) {
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
        double[] centrality = centrality(vectors);
        int n = sentences.size();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int words = Text.wordCount(sentences.get(i).text());
            double lead = 1.0 / (1.0 + i / tuning.leadDecay());
            double score = (1 - tuning.leadWeight()) * centrality[i] + tuning.leadWeight() * lead;
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


    /** {@code u} as it fits in {@code left} words: at its shortest first, or whole first (see the tuning). */
    Optional<Piece> piece(Unit u, int left) {
        String sentence = Datelines.trim(u.sentence().text()); // "WASHINGTON (CNN) --" is no part of what happened
        List<String> versions = new ArrayList<>(List.of(sentence));
        versions.addAll(Clauses.shorter(sentence));
        if (tuning.shortenFirst()) {
            Collections.reverse(versions);
        }
        return versions.stream().filter(v -> Text.wordCount(v) <= left).findFirst().map(v -> new Piece(u, v));
    }


    /**
     * Each sentence's directed centrality, 0..1 (1 for the most central): the similarities above the
     * floor to the sentences after it, weighed forward, and to those before it, weighed backward.
     */
    private double[] centrality(List<float[]> vectors) {
        int n = vectors.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double above = Math.max(0, Vectors.dot(vectors.get(i), vectors.get(j)) - tuning.similarityFloor());
                score[i] += tuning.forwardWeight() * above;
                score[j] += tuning.backwardWeight() * above;
            }
        }
        double max = Arrays.stream(score).max().orElse(0);
        for (int i = 0; i < n; i++) {
            score[i] = max > 0 ? score[i] / max : 0;
        }
        return score;
    }
}
