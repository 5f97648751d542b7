package org.storybot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storybot.embedding.Embedder;
import org.storybot.store.ParagraphKey;
import org.storybot.store.StoredParagraph;
import org.storybot.store.Vectors;
import org.storybot.text.Words;

/**
 * Finds the paragraphs (and within them the sentences) that best match a query, by meaning and by
 * words at once. Candidates come from dense paragraph search, BM25 over paragraphs and BM25 over
 * sentences. Each sentence of a candidate is scored on its cosine and its BM25, each scaled to 0..1
 * across the candidates; a paragraph scores on its own cosine and BM25 and on its best sentence.
 * The sentence level carries most weight because a question is usually answered by one sentence,
 * which a whole-paragraph vector dilutes. (Weights chosen on SQuAD dev; see README, Retrieval.)
 * Thread-safe.
 */
public final class HybridRetriever {

    /**
     * How much each signal weighs: a paragraph's score blends its cosine, its BM25 and its best
     * sentence's score; a sentence's score blends its cosine (share {@code sentenceDense}) and its BM25.
     */
    public record Weights(double paragraphDense, double paragraphLexical, double bestSentence, double sentenceDense) {
        public static final Weights DEFAULT = new Weights(0.2, 0.1, 0.7, 0.6);
    }

    private static final int CANDIDATES = 24;

    private final Library library;
    private final Embedder embedder;
    private final Weights weights;

    public HybridRetriever(Library library, Embedder embedder) {
        this(library, embedder, Weights.DEFAULT);
    }

    public HybridRetriever(Library library, Embedder embedder, Weights weights) {
        this.library = library;
        this.embedder = embedder;
        this.weights = weights;
    }

    /** The best {@code k} paragraphs for {@code query}, in one story when {@code storyId} is set. */
    public Retrieval retrieve(String query, String storyId, int k) {
        float[] queryVector = Vectors.normalized(embedder.embedQuery(query));
        return library.search(index -> retrieve(index, query, queryVector, storyId, k));
    }

    /** BM25 over whole paragraphs alone: the word half of the hybrid, for comparing methods. */
    public List<ParagraphKey> wordsOnly(String query, String storyId, int k) {
        return library.search(index -> index.search(index.terms(query), StoryIndex.Kind.PARAGRAPH, storyId, k).stream()
                .map(IndexView.Hit::key).toList());
    }

    /** Paragraph vectors alone: the meaning half of the hybrid, for comparing methods. */
    public List<ParagraphKey> meaningOnly(String query, String storyId, int k) {
        float[] q = Vectors.normalized(embedder.embedQuery(query));
        return library.search(index -> index.dense(q, k, storyId).stream().map(IndexView.Hit::key).toList());
    }

    private Retrieval retrieve(IndexView lexical, String query, float[] q, String storyId, int k) {
        List<String> terms = lexical.terms(query);
        Map<String, Double> termWeights = lexical.termWeights(terms);
        Map<String, Boolean> mentioned = new HashMap<>();
        for (String word : Words.of(query)) {
            if (word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) { // names and numbers
                mentioned.computeIfAbsent(word, w -> lexical.mentions(w, storyId));
            }
        }
        List<IndexView.Hit> dense = lexical.dense(q, CANDIDATES, storyId);
        List<IndexView.Hit> lexParagraphs = lexical.search(terms, StoryIndex.Kind.PARAGRAPH, storyId, CANDIDATES);
        List<IndexView.Hit> lexSentences = lexical.search(terms, StoryIndex.Kind.SENTENCE, storyId, CANDIDATES * 2);

        List<IndexView.Hit> candidates = new ArrayList<>(dense);
        candidates.addAll(lexParagraphs);
        candidates.addAll(lexSentences);
        Map<ParagraphKey, StoredParagraph> paragraphs = lexical.paragraphs(candidates);
        if (paragraphs.isEmpty()) {
            return new Retrieval(query, q, termWeights, List.of(), mentioned);
        }

        double maxParagraphBm25 = lexParagraphs.stream().mapToDouble(IndexView.Hit::score).max().orElse(0);
        double maxSentenceBm25 = lexSentences.stream().mapToDouble(IndexView.Hit::score).max().orElse(0);
        Map<ParagraphKey, Double> paragraphBm25 = new HashMap<>();
        lexParagraphs.forEach(h -> paragraphBm25.put(h.key(), scale(h.score(), maxParagraphBm25)));
        Map<String, Double> sentenceBm25 = new HashMap<>();
        lexSentences.forEach(h -> sentenceBm25.put(sentenceKey(h.storyId(), h.paragraph(), h.sentence()), scale(h.score(), maxSentenceBm25)));

        List<Scored> scored = new ArrayList<>();
        for (StoredParagraph p : paragraphs.values()) {
            double pd = p.vector() == null ? 0 : Vectors.dot(q, p.vector());
            List<SentenceScore> sentences = new ArrayList<>();
            for (StoredParagraph.StoredSentence s : p.sentences()) {
                double sd = Vectors.dot(q, s.vector());
                double sl = sentenceBm25.getOrDefault(sentenceKey(p.storyId(), p.number(), s.index()), 0.0);
                sentences.add(new SentenceScore(s, sd, sl));
            }
            scored.add(new Scored(p, pd, paragraphBm25.getOrDefault(p.key(), 0.0), sentences));
        }

        Range pdRange = Range.of(scored.stream().mapToDouble(Scored::dense).toArray());
        Range sdRange = Range.of(scored.stream().flatMap(s -> s.sentences.stream()).mapToDouble(SentenceScore::dense).toArray());
        List<Ranked> ranked = new ArrayList<>();
        for (Scored s : scored) {
            double bestSentence = 0;
            double[] sentenceScores = new double[s.sentences.size()];
            for (int i = 0; i < sentenceScores.length; i++) {
                SentenceScore ss = s.sentences.get(i);
                sentenceScores[i] = weights.sentenceDense() * sdRange.scale(ss.dense) + (1 - weights.sentenceDense()) * ss.lexical;
                bestSentence = Math.max(bestSentence, sentenceScores[i]);
            }
            double score = weights.paragraphDense() * pdRange.scale(s.dense)
                    + weights.paragraphLexical() * s.lexical
                    + weights.bestSentence() * bestSentence;
            ranked.add(new Ranked(s, score, sentenceScores));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(r -> r.scored.paragraph.storyId()).thenComparingInt(r -> r.scored.paragraph.number()));
        List<Ranked> chosen = ranked.subList(0, Math.min(k, ranked.size()));
        Map<ParagraphKey, StoredParagraph> following = lexical.following(candidates,
                chosen.stream().map(r -> r.scored.paragraph).toList());
        List<Evidence> top = new ArrayList<>();
        for (Ranked r : chosen) {
            // Coverage only for the paragraphs returned: analysing every candidate's words costs more than the
            // rest. A sentence is read under its story's title and section heading: their words count as its own.
            StoredParagraph p = r.scored.paragraph;
            Set<String> heading = new HashSet<>(lexical.terms(p.storyTitle() + " " + (p.section() == null ? "" : p.section())));
            List<SentenceEvidence> sentences = new ArrayList<>();
            for (int i = 0; i < r.sentenceScores.length; i++) {
                SentenceScore ss = r.scored.sentences.get(i);
                sentences.add(new SentenceEvidence(ss.sentence, r.sentenceScores[i], ss.dense, ss.lexical,
                        coverage(ss.sentence.text(), heading, lexical, termWeights)));
            }
            sentences.sort(Comparator.comparingDouble(SentenceEvidence::score).reversed());
            top.add(new Evidence(p, top.size() + 1, r.score, r.scored.dense, r.scored.lexical, sentences, following.get(p.key())));
        }
        return new Retrieval(query, q, termWeights, top, mentioned);
    }

    /** The weighted share of the query's terms that {@code text} holds. */
    private static double coverage(String text, Set<String> heading, IndexView lexical, Map<String, Double> weights) {
        if (weights.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>(lexical.terms(text));
        present.addAll(heading);
        double total = 0;
        double held = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            total += w.getValue();
            if (present.contains(w.getKey())) {
                held += w.getValue();
            }
        }
        return total == 0 ? 0 : held / total;
    }

    private static double scale(double value, double max) {
        return max <= 0 ? 0 : value / max;
    }

    private static String sentenceKey(String story, int paragraph, int sentence) {
        return story + "#" + paragraph + "#" + sentence;
    }

    private record SentenceScore(StoredParagraph.StoredSentence sentence, double dense, double lexical) {
    }

    private record Scored(StoredParagraph paragraph, double dense, double lexical, List<SentenceScore> sentences) {
    }

    private record Ranked(Scored scored, double score, double[] sentenceScores) {
    }

    /** Min-max scaling of cosines across the candidates. */
    private record Range(double min, double max) {
        static Range of(double[] values) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return values.length == 0 ? new Range(0, 1) : new Range(min, max);
        }

        double scale(double v) {
            return max - min < 1e-9 ? 1 : (v - min) / (max - min);
        }
    }
}
