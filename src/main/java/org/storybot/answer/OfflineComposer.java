package org.storybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.retrieval.Retrieval;
import org.storybot.retrieval.SentenceHit;
import org.storybot.store.StoredStory;

/**
 * Answers and summarises without a language model, using only words from the stories. An answer
 * states the answer first, as a short phrase taken from the best sentence when the question asks
 * for a person, date, number or place, then quotes that sentence, cited. It abstains when the
 * evidence is weak: key words of the question that the stories never mention, no sentence holding
 * the kind of answer asked for, or low support.
 */
public final class OfflineComposer implements Composer {

    private static final int CANDIDATES = 8;

    private final Tagger tagger;
    private final Summarizer summarizer;
    private final double minSupport;

    public OfflineComposer(Tagger tagger, double minSupport) {
        this.tagger = tagger;
        this.summarizer = new Summarizer();
        this.minSupport = minSupport;
    }

    @Override
    public Composition answer(String question, Retrieval retrieval) {
        if (retrieval.isEmpty()) {
            return new Composition.NotFound("Nothing in the stories matches this question.", null);
        }
        if (retrieval.missingWeight() >= 0.5) {
            return new Composition.NotFound("The stories never mention " + quoteList(retrieval.missingTerms(), question) + ".", null);
        }
        QuestionType type = QuestionType.of(question);
        Set<String> questionWords = words(question);
        List<Candidate> candidates = new ArrayList<>();
        for (SentenceHit hit : retrieval.sentences().stream().limit(CANDIDATES).toList()) {
            List<Tagger.Token> tokens = tagger.tag(hit.sentence().text());
            boolean typed = AnswerTypes.holds(type, tokens, hit.sentence().text(), questionWords);
            double support = 0.5 * hit.score() + 0.5 * hit.sentence().coverage();
            candidates.add(new Candidate(hit, tokens, typed, support + (typed ? 0.15 : 0)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed());
        Candidate best = candidates.stream().filter(Candidate::typed).findFirst().orElse(null);
        if (best == null) {
            return new Composition.NotFound("The story does not say " + describe(type) + ".", null);
        }
        if (best.rank() - 0.15 < minSupport) {
            return new Composition.NotFound("Nothing in the stories answers this closely enough.", null);
        }

        CitationList citations = new CitationList();
        String quote = best.hit().sentence().text();
        int marker = citations.cite(best.hit().paragraph().paragraph(), quote);
        String phrase = Phrases.answerPhrase(type, best.tokens(), quote, questionWords);
        StringBuilder text = new StringBuilder();
        if (phrase != null && !phrase.equals(quote)) {
            text.append(capitalise(phrase)).append(" [").append(marker).append("]\n");
        }
        text.append('“').append(quote).append("” [").append(marker).append(']');
        if (type == QuestionType.WHY || type == QuestionType.HOW) {
            for (Candidate more : candidates) {
                if (more != best && more.hit().paragraph() == best.hit().paragraph() && more.rank() >= best.rank() - 0.15
                        && citations.citations().size() < 2) {
                    String extra = more.hit().sentence().text();
                    text.append(" “").append(extra).append("” [").append(marker).append(']');
                    break;
                }
            }
        }
        return new Composition.Grounded(text.toString(), citations.citations(), null);
    }

    @Override
    public Summary summarize(StoredStory story, SummaryLength length) {
        return summarizer.summarize(story, length);
    }

    private record Candidate(SentenceHit hit, List<Tagger.Token> tokens, boolean typed, double rank) {
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

    private static String describe(QuestionType type) {
        return switch (type) {
            case WHO -> "who";
            case WHEN -> "when";
            case WHERE -> "where";
            case HOW_MANY -> "how many or how much";
            case WHY -> "why";
            case HOW -> "how";
            default -> "that";
        };
    }

    /** The question's own words for the missing terms (which are stems), in quotes. */
    private static String quoteList(List<String> stems, String question) {
        List<String> shown = new ArrayList<>();
        for (String stem : stems) {
            String word = null;
            for (String w : question.split("[^\\p{L}\\p{N}'’-]+")) {
                if (w.toLowerCase(Locale.ROOT).startsWith(stem)) {
                    word = w;
                    break;
                }
            }
            shown.add("“" + (word == null ? stem : word) + "”");
        }
        return String.join(" or ", shown);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
