package org.storybot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storybot.answer.Asked.Want;
import org.storybot.embedding.Embedder;
import org.storybot.retrieval.Retrieval;
import org.storybot.retrieval.SentenceHit;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.text.Lexicon;

/**
 * Answers and summarises without a language model, from the stories' own sentences. It reads what
 * the question asks for, weighs the retrieved sentences that may answer (never a question, a
 * heading, a caption or a credit) by how much of the question they support in some form and
 * whether they hold a phrase of the kind asked for, and answers with one quote, led by the short
 * answer (a name, a date, a number, a place, a role, Yes or No) when the quote plainly gives it
 * next to the question's own words. It abstains when the question's names are not in the stories
 * or not where the answer would be, when the best sentence negates, reverses or renumbers what is
 * asked, or does not hold what the question asks for: too few of its words, no phrase of the kind
 * asked, no reason for a why. Checks are in {@link Verdicts}.
 */
public final class OfflineComposer implements Composer {

    private final Tagger tagger;
    private final Lexicon lexicon;
    private final QuestionReader reader;
    private final Support support;
    private final Verdicts verdicts;
    private final Gist gist;
    private final Summarizer summarizer;
    private final OfflineTuning tuning;
    private final Cache<String, Reading> readings = Caffeine.newBuilder().maximumSize(8192).build();
    private final Cache<String, Setting> settings = Caffeine.newBuilder().maximumSize(4096).build();


    public OfflineComposer(Tagger tagger, Lexicon lexicon, Embedder embedder, double minSupport) {
        this(tagger, lexicon, embedder, minSupport, OfflineTuning.DEFAULT);
    }

    public OfflineComposer(Tagger tagger, Lexicon lexicon, Embedder embedder, double minSupport, OfflineTuning tuning) {
        this.tagger = tagger;
        this.lexicon = lexicon;
        this.reader = new QuestionReader(tagger, lexicon, tuning.settingWeight());
        this.support = new Support(lexicon, embedder);
        this.verdicts = new Verdicts(lexicon, minSupport, tuning);
        this.summarizer = new Summarizer(embedder);
        this.gist = new Gist(this::read);
        this.tuning = tuning;
    }

    @Override
    public Composition answer(String question, Retrieval retrieval) {
        if (retrieval.isEmpty()) {
            return new Composition.NotFound("Nothing in the stories matches this question.", null);
        }
        // names the stories never mention settle it before any word is looked up in WordNet
        String unmentioned = Verdicts.unmentioned(QuestionReader.names(question), retrieval::mentions);
        if (unmentioned != null) {
            return new Composition.NotFound(unmentioned, null);
        }
        Asked asked = reader.read(question);
        List<Candidate> candidates = candidates(asked, retrieval);
        if (candidates.isEmpty()) {
            return new Composition.NotFound("Nothing in the stories answers this closely enough.", null);
        }
        Verdicts.Outcome outcome = verdicts.decide(asked, candidates);
        if (outcome instanceof Verdicts.Outcome.Abstain abstain) {
            return new Composition.NotFound(abstain.reason(), null);
        }
        Verdicts.Outcome.Answer answer = (Verdicts.Outcome.Answer) outcome;
        return write(asked, answer.answers(), answer.disagree());
    }

    /** Reads each sentence of {@code story} (parts of speech, WordNet forms, what its names mean) and each paragraph's setting. */
    @Override
    public int warm(StoredStory story) {
        int read = 0;
        List<String> names = new ArrayList<>();
        for (StoredParagraph p : story.paragraphs()) {
            setting(p);
            for (StoredParagraph.StoredSentence s : p.sentences()) {
                Reading sentence = read(s.text());
                sentence.warm();
                names.addAll(support.warm(sentence));
                read++;
            }
        }
        support.warmNames(names);
        return read;
    }

    @Override
    public Composition overview(StoredStory story) {
        return gist.of(story);
    }

    @Override
    public Summary summarize(StoredStory story, SummaryLength length) {
        return summarizer.summarize(story, length);
    }

    @Override
    public Summary summarizeTopic(String topic, List<StoredStory> stories, SummaryLength length) {
        return summarizer.summarizeTopic(topic, stories, length);
    }

    /** A sentence that may answer, read, with its setting (paragraph, heading, title) and how it supports the question. */
    record Candidate(SentenceHit hit, Reading reading, Support.Assessment support, double rank) {

        StoredParagraph paragraph() {
            return hit.paragraph().paragraph();
        }

        double dense() {
            return hit.sentence().dense();
        }
    }

    private List<Candidate> candidates(Asked asked, Retrieval retrieval) {
        List<Candidate> out = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        int weighed = 0;
        for (SentenceHit hit : retrieval.sentences()) {
            if (weighed == tuning.candidates()) {
                break;
            }
            // a sentence that cannot come within reach of the best, whatever it holds, is not read at all
            double most = hit.score() + tuning.coverageWeight() + tuning.denseWeight() * hit.sentence().dense()
                    + tuning.anchoredBonus() + tuning.typedBonus();
            if (most < best * tuning.close()) {
                weighed++;
                continue;
            }
            StoredParagraph p = hit.paragraph().paragraph();
            Reading sentence = read(hit.sentence().text());
            if (!NonAnswers.mayAnswer(sentence, p.storyTitle())) {
                continue;
            }
            Setting setting = setting(p);
            Support.Assessment a = support.assess(asked, sentence, setting, p.storyTitle());
            // for "which newspaper", only a name known to be one ranks as a direct answer
            boolean unsure = asked.want() == Want.NAMED && asked.focus() != null && a.anchoredStrength() < 2;
            double typed = a.anchored() != null && !unsure ? tuning.anchoredBonus() : a.hasPhrase() ? tuning.typedBonus() : 0;
            double rank = hit.score() + tuning.coverageWeight() * a.coverage() + tuning.denseWeight() * hit.sentence().dense()
                    + typed + (asked.want() == Want.CAUSE && a.explains() ? tuning.typedBonus() : 0)
                    - (a.tenseClash() ? tuning.tensePenalty() : 0);
            out.add(new Candidate(hit, sentence, a, rank));
            best = Math.max(best, rank);
            weighed++;
        }
        out.sort(Comparator.comparingDouble(Candidate::rank).reversed());
        return out;
    }

    private Composition write(Asked asked, List<Verdicts.Answer> answers, boolean disagree) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        ShortAnswer stated = null;
        for (Verdicts.Answer a : answers) {
            String quote = Datelines.trim(a.candidate().hit().sentence().text());
            int marker = citations.cite(a.candidate().paragraph(), quote);
            if (!text.isEmpty()) {
                text.append(disagree ? "\n" : " ");
            }
            if (disagree) {
                text.append(a.candidate().paragraph().storyTitle()).append(": ");
            }
            if (a.shortAnswer() != null) {
                stated = stated == null ? a.shortAnswer() : stated;
                text.append(a.shortAnswer().text()).append(" [").append(marker).append("]\n");
            } else if (asked.want() == Want.POLARITY) {
                text.append("The story says: ");
            }
            text.append('“').append(quote).append("” [").append(marker).append(']');
            if (a.then() != null) {
                String then = Datelines.trim(a.then().text());
                text.append(" “").append(then).append("” [").append(citations.cite(a.then().paragraph(), then)).append(']');
            }
        }
        return new Composition.Grounded(text.toString(), disagree ? null : stated, citations.citations(), null);
    }

    private Setting setting(StoredParagraph p) {
        return settings.get(p.storyId() + "#" + p.number() + "#" + p.text().hashCode(), k -> Setting.of(
                p.storyTitle() + ". " + (p.section() == null ? "" : p.section() + ". ") + p.text()));
    }

    Reading read(String text) {
        return readings.get(text, t -> Reading.of(t, tagger, lexicon));
    }
}
