package org.storybot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.embedding.Embedder;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredParagraph.StoredSentence;
import org.storybot.text.StoryAnalyzer;
import org.storybot.text.WordForms;
import org.storybot.store.Vectors;
import org.storybot.story.Sentence;
import org.storybot.story.SentenceSplitter;

/**
 * Checks a model's reply against the passages it was given, sentence by sentence. A sentence stays
 * only when it carries a marker naming a given passage and the sentences of the passages it cites
 * hold what it says: most of its content words (stemmed, stop words out) are in up to three of
 * them, every number in it is in the cited passages, and when it words things differently, it
 * means what one cited sentence says (embedding cosine). Markers naming no given passage never
 * survive, nor do markers of cited passages that add nothing to the support. What is left is each
 * sentence without markers and, for each passage it rests on, the passage sentence that supports
 * it best, verbatim. Word overlap cannot see a negation or a swapped name; the prompt asks for the
 * passages' own words, which keeps that rare. Thread-safe.
 */
public final class GroundingCheck {

    /**
     * How much support a sentence needs: the share of its content words found in the sentences it
     * cites ({@code words}), or a lower share ({@code wordsWithMeaning}) together with a cosine of at
     * least {@code meaning} between it and one cited sentence.
     */
    public record Thresholds(double words, double wordsWithMeaning, double meaning) {
        /** Chosen on paraphrased and invented claims about the seed story (see GroundingCheckTest). */
        public static final Thresholds DEFAULT = new Thresholds(0.7, 0.5, 0.75);
    }

    /** Why a sentence was left out. */
    public enum Problem { NO_MARKER, UNKNOWN_MARKER, NO_CONTENT, UNSUPPORTED }

    /** A sentence of the reply that stands: its words without markers and what supports it. */
    public record Supported(String text, List<Quote> quotes) {
        public Supported {
            quotes = List.copyOf(quotes);
        }
    }

    /** The sentence of a cited paragraph that best supports a claim. */
    public record Quote(StoredParagraph paragraph, String sentence) {
    }

    public record Dropped(String sentence, Problem problem) {
    }

    public record Result(List<Supported> supported, List<Dropped> dropped) {
        public Result {
            supported = List.copyOf(supported);
            dropped = List.copyOf(dropped);
        }
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•>]+|#+|\\d{1,2}[.)])\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int COVER = 3;

    private final SentenceSplitter splitter;
    private final Embedder embedder;
    private final Thresholds thresholds;

    public GroundingCheck(SentenceSplitter splitter, Embedder embedder) {
        this(splitter, embedder, Thresholds.DEFAULT);
    }

    public GroundingCheck(SentenceSplitter splitter, Embedder embedder, Thresholds thresholds) {
        this.splitter = splitter;
        this.embedder = embedder;
        this.thresholds = thresholds;
    }

    /** Checks {@code reply} against {@code sources}: the passages given, by the number the model saw. */
    public Result check(String reply, Map<Integer, StoredParagraph> sources) {
        Passages passages = new Passages(sources);
        List<Supported> supported = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (String sentence : sentences(reply)) {
            Set<Integer> cited = Markers.of(sentence);
            String claim = Markers.removed(sentence);
            if (claim.isEmpty()) {
                continue;
            }
            if (cited.isEmpty()) {
                dropped.add(new Dropped(claim, Problem.NO_MARKER));
                continue;
            }
            List<Integer> valid = cited.stream().filter(sources::containsKey).toList();
            if (valid.isEmpty()) {
                dropped.add(new Dropped(claim, Problem.UNKNOWN_MARKER));
                continue;
            }
            Set<String> terms = new LinkedHashSet<>(terms(claim));
            if (terms.isEmpty()) {
                dropped.add(new Dropped(claim, Problem.NO_CONTENT));
                continue;
            }
            List<Quote> quotes = support(claim, terms, valid, passages);
            if (quotes.isEmpty()) {
                dropped.add(new Dropped(claim, Problem.UNSUPPORTED));
            } else {
                supported.add(new Supported(claim, quotes));
            }
        }
        return new Result(supported, dropped);
    }

    /**
     * The quotes that support {@code claim}, best first; none when it is not supported. Up to
     * {@value #COVER} sentences of the cited passages are picked greedily, each adding the most of
     * the claim's words not yet found, since one claim often joins two sentences of a story.
     */
    private List<Quote> support(String claim, Set<String> terms, List<Integer> cited, Passages passages) {
        Set<String> citedNumbers = new HashSet<>();
        for (int id : cited) {
            citedNumbers.addAll(passages.numbers(id));
        }
        if (!citedNumbers.containsAll(numbers(claim, 2))) {
            return List.of(); // a number the passages do not give is the commonest invention
        }
        Set<String> found = new HashSet<>();
        List<Quote> quotes = new ArrayList<>();
        Set<StoredParagraph> quoted = new HashSet<>();
        for (int round = 0; round < COVER; round++) {
            Quote best = null;
            int bestGain = 0;
            for (int id : cited) {
                StoredParagraph p = passages.paragraph(id);
                for (StoredSentence s : p.sentences()) {
                    Set<String> gain = new HashSet<>(passages.sentenceTerms(s));
                    gain.retainAll(terms);
                    gain.removeAll(found);
                    if (gain.size() > bestGain) {
                        bestGain = gain.size();
                        best = new Quote(p, s.text());
                    }
                }
            }
            if (best == null) {
                break;
            }
            found.addAll(terms(best.sentence()));
            if (quoted.add(best.paragraph())) {
                quotes.add(best);
            }
        }
        double coverage = share(terms, found);
        if (coverage >= thresholds.words()) {
            return quotes;
        }
        if (coverage < thresholds.wordsWithMeaning() || embedder == null) {
            return List.of();
        }
        // Worded differently: supported when it means what one cited sentence says.
        float[] c = passages.vector(claim);
        Quote closest = null;
        double best = -1;
        for (int id : cited) {
            StoredParagraph p = passages.paragraph(id);
            for (StoredSentence s : p.sentences()) {
                double cosine = Vectors.dot(c, passages.vector(s.text()));
                if (cosine > best) {
                    best = cosine;
                    closest = new Quote(p, s.text());
                }
            }
        }
        return best >= thresholds.meaning() ? List.of(closest) : List.of();
    }

    /** What the check knows of the given passages, worked out once per reply. */
    private final class Passages {
        private final Map<Integer, StoredParagraph> sources;
        private final Map<Integer, Set<String>> numbers = new HashMap<>();
        private final Map<StoredSentence, Set<String>> sentenceTerms = new HashMap<>();
        private final Map<String, float[]> vectors = new HashMap<>();

        Passages(Map<Integer, StoredParagraph> sources) {
            this.sources = sources;
        }

        StoredParagraph paragraph(int id) {
            return sources.get(id);
        }

        Set<String> numbers(int id) {
            return numbers.computeIfAbsent(id, k -> GroundingCheck.numbers(sources.get(k).text(), 0));
        }

        Set<String> sentenceTerms(StoredSentence s) {
            return sentenceTerms.computeIfAbsent(s, k -> new HashSet<>(terms(k.text())));
        }

        float[] vector(String text) {
            return vectors.computeIfAbsent(text, k -> Vectors.normalized(embedder.embedPassages(List.of(k)).get(0)));
        }
    }

    /** The reply's sentences, markers kept with the sentence they close. */
    List<String> sentences(String reply) {
        List<String> out = new ArrayList<>();
        for (String line : reply.split("\\R+")) {
            String text = LIST_ITEM.matcher(line).replaceFirst("").replace("**", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            for (Sentence s : splitter.split(text)) {
                String sentence = s.text();
                // "... resign. [1] Lindqvist ..." puts the marker at the start of the next sentence: move it back.
                Matcher lead = Markers.LEADING.matcher(sentence);
                if (lead.find() && !out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + lead.group(1).strip());
                    sentence = sentence.substring(lead.end());
                }
                if (!sentence.isBlank()) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    private static List<String> terms(String text) {
        return StoryAnalyzer.terms(text).stream().filter(t -> !NUMBER.matcher(t).matches()).toList();
    }

    /**
     * Numbers in digits, and in words from {@code fromWord} to twenty and the tens, as digits without separators:
     * "six" and "6" match, "1,000" and "1000". Claims skip "one" ("no one", "one of them").
     */
    public static Set<String> numbers(String text, int fromWord) {
        Set<String> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(",", "").replaceAll("\\.$", ""));
        }
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String digits = WordForms.valueOf(w.group());
            if (digits != null && Integer.parseInt(digits) >= fromWord) {
                found.add(digits);
            }
        }
        return found;
    }

    private static double share(Set<String> terms, Set<String> in) {
        if (terms.isEmpty()) {
            return 0;
        }
        long held = terms.stream().filter(in::contains).count();
        return (double) held / terms.size();
    }
}
