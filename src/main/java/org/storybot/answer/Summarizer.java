package org.storybot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storybot.embedding.Embedder;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredParagraph.StoredSentence;
import org.storybot.store.StoredStory;
import org.storybot.store.Vectors;
import org.storybot.story.Text;

/**
 * Extractive summaries: the story's most central sentences, none repeating another in substance,
 * within the word limit, in story order, each cited. A sentence is central as the ones after it
 * echo it (news elaborates what it says first) and less so as it echoes the ones before it, as
 * Zheng and Lapata's position-aware centrality (PACSUM, 2019) has it, on the embedding model's
 * sentence vectors. Each goes in at its shortest ({@link Clauses}: attribution, asides and trailing
 * clauses left out) when that fits, so the budget holds more of the story. Long summaries go
 * section by section where the story has headings. Tuned constants: {@link SummaryTuning}.
 */
public final class Summarizer {

    private static final int CACHED_STORIES = 16;
    private static final int MIN_WORDS = 6;

    private final Embedder embedder;
    private final SummaryTuning tuning;
    /** Sentence vectors of recently summarised stories, by content hash. */
    private final Cache<String, List<float[]>> recent = Caffeine.newBuilder().maximumSize(CACHED_STORIES).build();

    public Summarizer(Embedder embedder) {
        this(embedder, SummaryTuning.DEFAULT);
    }

    public Summarizer(Embedder embedder, SummaryTuning tuning) {
        this.embedder = embedder;
        this.tuning = tuning;
    }

    /** The pieces of text a summary of {@code story} at {@code length} is made of, in order, without headings or markers. */
    public List<String> pieces(StoredStory story, SummaryLength length) {
        return plan(story, length).stream().flatMap(s -> s.pieces().stream()).map(Piece::text).toList();
    }

    Summary summarize(StoredStory story, SummaryLength length) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        for (Section section : plan(story, length)) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            if (!section.heading().isEmpty()) {
                text.append(section.heading()).append(": ");
            }
            boolean first = true;
            for (Piece piece : section.pieces()) {
                text.append(first ? "" : " ").append(piece.text());
                first = false;
                // the citation quotes the whole sentence the piece was cut from
                int marker = citations.cite(piece.unit().paragraph(), Datelines.trim(piece.unit().sentence().text()));
                text.append(" [").append(marker).append(']');
            }
        }
        return new Summary(story.id(), story.title(), length, text.toString().strip(), citations.citations(), null);
    }

    /** What a summary says: the chosen pieces, in story order, by section for a long summary of a story with headings. */
    private List<Section> plan(StoredStory story, SummaryLength length) {
        List<Unit> units = units(story);
        if (units.isEmpty()) {
            return List.of();
        }
        if (length == SummaryLength.LONG && hasSections(story)) {
            return bySection(units, length.maxWords());
        }
        return List.of(new Section("", choose(units, length.maxWords(), List.of())));
    }

    /** A heading ("" for none) and the pieces under it. */
    private record Section(String heading, List<Piece> pieces) {
    }

    /** A sentence as the summary says it: whole, or shortened to the clause that carries its fact. */
    private record Piece(Unit unit, String text) {
    }

    /**
     * A long summary of a story with headings: each section (the lead before the first heading
     * included) gets a share of the words by its length, at least its best sentence, under its heading.
     */
    private List<Section> bySection(List<Unit> units, int maxWords) {
        Map<String, List<Unit>> sections = new LinkedHashMap<>();
        for (Unit u : units) {
            sections.computeIfAbsent(Objects.requireNonNullElse(u.paragraph().section(), ""), k -> new ArrayList<>()).add(u);
        }
        int totalWords = units.stream().mapToInt(Unit::words).sum();
        int left = maxWords;
        List<Unit> all = new ArrayList<>();
        List<Section> planned = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> section : sections.entrySet()) {
            int headingWords = Text.wordCount(section.getKey());
            int share = (int) ((long) maxWords * section.getValue().stream().mapToInt(Unit::words).sum() / totalWords);
            int smallest = section.getValue().stream().filter(u -> u.score() > 0).mapToInt(Unit::words).min().orElse(Integer.MAX_VALUE);
            int budget = Math.min(left - headingWords, Math.max(share - headingWords, smallest));
            List<Piece> chosen = choose(section.getValue(), budget, all);
            if (chosen.isEmpty()) {
                continue;
            }
            chosen.forEach(p -> all.add(p.unit()));
            left -= headingWords + chosen.stream().mapToInt(p -> Text.wordCount(p.text())).sum();
            planned.add(new Section(section.getKey(), chosen));
        }
        return planned;
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

    /**
     * The best units within {@code maxWords}, in story order, none repeating another chosen one or
     * one of {@code already}: each whole if it fits the words left, else its longest shortened
     * version that does (see {@link Clauses}).
     */
    private List<Piece> choose(List<Unit> units, int maxWords, List<Unit> already) {
        List<Unit> ranked = new ArrayList<>(units);
        ranked.sort(Comparator.comparingDouble(Unit::score).reversed());
        List<Piece> chosen = new ArrayList<>();
        Set<StoredParagraph> used = new HashSet<>();
        int[] words = {0};
        for (boolean spread : new boolean[] {true, false}) {
            for (Unit u : ranked) {
                if (maxWords - words[0] < Clauses.MIN_WORDS) {
                    break;
                }
                boolean taken = chosen.stream().anyMatch(c -> c.unit() == u);
                if (taken || spread && tuning.spread() && used.contains(u.paragraph()) || repeats(u, chosen, already)) {
                    continue;
                }
                piece(u, maxWords - words[0]).ifPresent(p -> {
                    chosen.add(p);
                    used.add(u.paragraph());
                    words[0] += Text.wordCount(p.text());
                });
            }
        }
        chosen.sort(Comparator.comparingInt(p -> p.unit().order()));
        return chosen;
    }

    private boolean repeats(Unit u, List<Piece> chosen, List<Unit> already) {
        return chosen.stream().anyMatch(c -> Vectors.dot(c.unit().vector(), u.vector()) >= tuning.redundant())
                || already.stream().anyMatch(c -> Vectors.dot(c.vector(), u.vector()) >= tuning.redundant());
    }

    /** {@code u} as it fits in {@code left} words: at its shortest first, or whole first (see the tuning). */
    private Optional<Piece> piece(Unit u, int left) {
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
