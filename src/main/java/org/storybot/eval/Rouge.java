package org.storybot.eval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, as Google's rouge-score package defines them with stemming
 * on: lower case, anything but letters and digits becomes a space, Porter stems for tokens longer
 * than three characters; Lsum takes the union longest common subsequence of each reference
 * sentence with the candidate's sentences (sentences are lines).
 */
public final class Rouge {

    /** F1 scores, 0..1. */
    public record Scores(double rouge1, double rouge2, double rougeLsum) {
    }

    private Rouge() {
    }

    public static Scores score(List<String> referenceSentences, List<String> candidateSentences) {
        List<List<String>> ref = referenceSentences.stream().map(Rouge::tokens).toList();
        List<List<String>> cand = candidateSentences.stream().map(Rouge::tokens).toList();
        List<String> refAll = ref.stream().flatMap(List::stream).toList();
        List<String> candAll = cand.stream().flatMap(List::stream).toList();
        return new Scores(ngramF1(refAll, candAll, 1), ngramF1(refAll, candAll, 2), lsum(ref, cand));
    }

    static List<String> tokens(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        List<String> tokens = new ArrayList<>();
        if (cleaned.isEmpty()) {
            return tokens;
        }
        for (String t : cleaned.split(" ")) {
            tokens.add(t.length() > 3 ? stem(t) : t);
        }
        return tokens;
    }

    private static String stem(String word) {
        try (WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
                PorterStemFilter stemmer = new PorterStemFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(word));
            CharTermAttribute term = stemmer.addAttribute(CharTermAttribute.class);
            stemmer.reset();
            String stemmed = stemmer.incrementToken() ? term.toString() : word;
            stemmer.end();
            return stemmed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ngramF1(List<String> ref, List<String> cand, int n) {
        Map<String, Integer> refGrams = ngrams(ref, n);
        Map<String, Integer> candGrams = ngrams(cand, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : candGrams.entrySet()) {
            overlap += Math.min(e.getValue(), refGrams.getOrDefault(e.getKey(), 0));
        }
        int refCount = refGrams.values().stream().mapToInt(Integer::intValue).sum();
        int candCount = candGrams.values().stream().mapToInt(Integer::intValue).sum();
        return f1(overlap, candCount, refCount);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static double lsum(List<List<String>> ref, List<List<String>> cand) {
        int m = ref.stream().mapToInt(List::size).sum();
        int n = cand.stream().mapToInt(List::size).sum();
        if (m == 0 || n == 0) {
            return 0;
        }
        Map<String, Integer> refCounts = counts(ref);
        Map<String, Integer> candCounts = counts(cand);
        int hits = 0;
        for (List<String> r : ref) {
            TreeSet<Integer> union = new TreeSet<>();
            for (List<String> c : cand) {
                union.addAll(lcsIndices(r, c));
            }
            for (int index : union) {
                String token = r.get(index);
                if (candCounts.getOrDefault(token, 0) > 0 && refCounts.getOrDefault(token, 0) > 0) {
                    hits++;
                    candCounts.merge(token, -1, Integer::sum);
                    refCounts.merge(token, -1, Integer::sum);
                }
            }
        }
        return f1(hits, n, m);
    }

    private static Map<String, Integer> counts(List<List<String>> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        sentences.forEach(s -> s.forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }

    /** Indices into {@code ref} of one longest common subsequence with {@code cand}. */
    private static List<Integer> lcsIndices(List<String> ref, List<String> cand) {
        int rows = ref.size();
        int cols = cand.size();
        int[][] table = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                table[i][j] = ref.get(i - 1).equals(cand.get(j - 1)) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        List<Integer> indices = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(cand.get(j - 1))) {
                indices.add(0, i - 1);
                i--;
                j--;
            } else if (table[i][j - 1] > table[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return indices;
    }

    private static double f1(int overlap, int candidate, int reference) {
        if (candidate == 0 || reference == 0 || overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / candidate;
        double recall = (double) overlap / reference;
        return 2 * precision * recall / (precision + recall);
    }
}
