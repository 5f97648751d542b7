package org.storybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.retrieval.Retrieval;
import org.storybot.retrieval.SentenceHit;
import org.storybot.embedding.Embedder;
import org.storybot.store.StoredParagraph;
import org.storybot.store.Vectors;
import org.storybot.store.StoredStory;

/**
 * Answers and summarises without a language model, using only words from the stories. An answer
 * states the answer first, as a short phrase taken from the best sentence when the question asks
 * for a person, date, number or place, then quotes that sentence, cited; a runner-up sentence that
 * is nearly as good is quoted too, and why/how questions may take two or three sentences. It
 * abstains when the evidence is weak: names or numbers of the question that the stories never
 * mention (or mention only elsewhere than the best passage), a best sentence that negates,
 * reverses or renumbers what the question asks, or low similarity between the question and the
 * best sentence.
 */
public final class OfflineComposer implements Composer {

    private static final int CANDIDATES = 8;
    /** A runner-up within this share of the best sentence's rank is shown as well. */
    private static final double CLOSE = 0.9;
    private static final double TYPED_BONUS = 0.05;
    /**
     * For a sentence that states the kind of answer asked for right next to the question's words:
     * the strongest sign that it is the answer (0.1 and 0.2 measured on the SQuAD sample: 0.2 as
     * good or slightly better on every figure).
     */
    private static final double ANCHORED_BONUS = 0.2;
    /**
     * A best sentence this close to the minimum similarity must also hold the question's names and
     * numbers: a loosely related sentence that names something else is not an answer.
     */
    private static final double DETAIL_MARGIN = 0.15;
    /** Sentences within this share of the best one's rank may supply the name a "which X" question wants. */
    private static final double FOCUS_RANGE = 0.7;
    /** A name must be at least this like the kind asked for to be taken as the answer. */
    private static final double FOCUS_MIN_SIMILARITY = 0.65;
    private static final int FOCUS_CANDIDATES = 3;

    private final Tagger tagger;
    private final Embedder embedder;
    private final Summarizer summarizer;
    private final double minSupport;

    public OfflineComposer(Tagger tagger, Embedder embedder, double minSupport) {
        this.tagger = tagger;
        this.embedder = embedder;
        this.summarizer = new Summarizer(embedder);
        this.minSupport = minSupport;
    }

    @Override
    public Composition answer(String question, Retrieval retrieval) {
        if (retrieval.isEmpty()) {
            return new Composition.NotFound("Nothing in the stories matches this question.", null);
        }
        List<String> keys = Contrasts.keyWords(question);
        List<String> unmentioned = keys.stream().filter(w -> !retrieval.vocabulary().mentions(w)).distinct().toList();
        if (!unmentioned.isEmpty()) {
            return new Composition.NotFound("The stories never mention " + quoted(unmentioned) + ".", null);
        }
        QuestionType type = QuestionType.of(question);
        Set<String> questionWords = words(question);
        List<Candidate> candidates = new ArrayList<>();
        for (SentenceHit hit : retrieval.sentences().stream().limit(CANDIDATES).toList()) {
            List<Tagger.Token> tokens = tagger.tag(hit.sentence().text());
            String text = hit.sentence().text();
            // A sentence holding the kind of answer asked for, right next to the question's words, ranks higher.
            double typed = Phrases.answerPhrase(type, tokens, text, questionWords) != null ? ANCHORED_BONUS
                    : AnswerTypes.holds(type, tokens, text, questionWords) ? TYPED_BONUS : 0;
            double rank = hit.score() + 0.25 * hit.sentence().coverage() + 0.5 * hit.sentence().dense() + typed;
            candidates.add(new Candidate(hit, tokens, rank));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed());
        Candidate best = candidates.get(0);
        String phrase = null;
        String focus = Focus.of(tagger.tag(question));
        if (focus != null) {
            Named named = bestNamed(focus, candidates, questionWords);
            if (named != null) {
                best = named.candidate();
                phrase = named.name();
            }
        }
        String quote = best.hit().sentence().text();
        StoredParagraph paragraph = best.hit().paragraph().paragraph();
        // Where the best sentence stands: its paragraph, section heading and story title.
        String setting = paragraph.storyTitle() + "\n" + (paragraph.section() == null ? "" : paragraph.section() + "\n");
        List<String> elsewhere = missing(keys, setting + paragraph.text());
        if (!elsewhere.isEmpty()) {
            return new Composition.NotFound("The stories mention " + quoted(elsewhere)
                    + ", but not where they say anything that answers this.", null);
        }
        if (Contrasts.negationMismatch(question, quote) || Contrasts.oppositeMismatch(question, quote)
                || Contrasts.prefixNegationMismatch(question, quote) || Contrasts.numberMismatch(question, quote)) {
            return new Composition.NotFound("The story does not say that; what it does say is below.", null);
        }
        double similarity = best.hit().sentence().dense();
        if (similarity < minSupport) {
            return new Composition.NotFound("Nothing in the stories answers this closely enough.", null);
        }
        if (similarity < minSupport + DETAIL_MARGIN && !missing(keys, setting + quote).isEmpty()) {
            return new Composition.NotFound("The story does not say that; what it does say is below.", null);
        }

        CitationList citations = new CitationList();
        int marker = citations.cite(paragraph, quote);
        if (phrase == null) {
            phrase = Phrases.answerPhrase(type, best.tokens(), quote, questionWords);
        }
        StringBuilder text = new StringBuilder();
        ShortAnswer stated = null;
        if (phrase != null && !phrase.equals(quote)) {
            stated = new ShortAnswer(capitalise(phrase), switch (type) {
                case WHO -> ShortAnswer.Kind.PERSON;
                case WHEN -> ShortAnswer.Kind.DATE;
                case WHERE -> ShortAnswer.Kind.PLACE;
                case HOW_MANY -> ShortAnswer.Kind.NUMBER;
                default -> ShortAnswer.Kind.NAME;
            });
            text.append(capitalise(phrase)).append(" [").append(marker).append("]\n");
        }
        text.append('“').append(quote).append("” [").append(marker).append(']');
        // When the runner-up is nearly as good, show it too: the reader sees both and decides.
        boolean explains = type == QuestionType.WHY || type == QuestionType.HOW;
        int extra = 0;
        for (Candidate more : candidates) {
            if (extra == (explains ? 2 : 1) || more.rank() < candidates.get(0).rank() * (explains ? 0.85 : CLOSE)) {
                break;
            }
            if (more == best) {
                continue;
            }
            String sentence = more.hit().sentence().text();
            int m = citations.cite(more.hit().paragraph().paragraph(), sentence);
            text.append(extra == 0 ? "\nThe story also says: “" : " “").append(sentence).append("” [").append(m).append(']');
            extra++;
        }
        return new Composition.Grounded(text.toString(), stated, citations.citations(), null);
    }

    @Override
    public Summary summarize(StoredStory story, SummaryLength length) {
        return summarizer.summarize(story, length);
    }

    private record Candidate(SentenceHit hit, List<Tagger.Token> tokens, double rank) {
    }

    private record Named(Candidate candidate, String name) {
    }

    /**
     * For a question that says what kind of thing it wants ("which newspaper"), the name among the
     * leading sentences that is most like that kind, by meaning: "The New York Times" for
     * "newspaper", not "Trump". Null when no leading sentence names anything new.
     */
    private Named bestNamed(String focus, List<Candidate> candidates, Set<String> questionWords) {
        List<Candidate> leading = candidates.stream()
                .filter(c -> c.rank() >= candidates.get(0).rank() * FOCUS_RANGE).limit(FOCUS_CANDIDATES).toList();
        List<Named> names = new ArrayList<>();
        for (Candidate c : leading) {
            for (String name : Phrases.properNameRuns(c.tokens(), c.hit().sentence().text(), questionWords)) {
                names.add(new Named(c, name));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        float[] kind = Vectors.normalized(embedder.embedQuery(focus));
        Named best = null;
        double bestScore = FOCUS_MIN_SIMILARITY;
        for (Named name : names) {
            double score = Vectors.dot(kind, Vectors.normalized(embedder.embedQuery(name.name())));
            if (score > bestScore) {
                bestScore = score;
                best = name;
            }
        }
        return best;
    }

    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}'.,-]+")) {
            String trimmed = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return words;
    }

    private static List<String> missing(List<String> keys, String text) {
        WordMatcher matcher = new WordMatcher(text);
        return keys.stream().filter(k -> !matcher.mentions(k)).distinct().toList();
    }

    private static String quoted(List<String> words) {
        return String.join(" or ", words.stream().map(w -> "“" + w + "”").toList());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
