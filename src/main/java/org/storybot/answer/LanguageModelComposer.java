package org.storybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.retrieval.Evidence;
import org.storybot.retrieval.Retrieval;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.story.Text;

/**
 * Answers and summarises with a language model, behind a citation check. The model gets the
 * retrieved passages numbered [1]..[n] (a summary: the story's paragraphs by paragraph number) and
 * the question fenced as data; what it writes goes through {@link GroundingCheck}, and only cited,
 * supported sentences reach the reader, their markers renumbered into citations. A reply of
 * {@value Prompts#NOT_FOUND}, or one with no sentence left, is an abstention. When the model
 * fails (time-out, rate limit, server error, refusal, empty or unreadable reply) the offline
 * composer answers instead, with a one-line notice saying so. Thread-safe.
 */
public final class LanguageModelComposer implements Composer {

    private static final Logger log = LoggerFactory.getLogger(LanguageModelComposer.class);
    /** Chat mentions have no place in an answer about a story, whatever the model wrote. */
    private static final Pattern MENTION = Pattern.compile("@(?:everyone|here)\\b|<[@#][!&]?\\d+>");
    /** A summary prompt carries at most this much of a long story, from its start (news puts the essentials first). */
    private static final int MAX_SUMMARY_CHARS = 24_000;

    private final LanguageModel model;
    private final Prompts prompts;
    private final GroundingCheck check;
    private final Composer fallback;

    public LanguageModelComposer(LanguageModel model, Prompts prompts, GroundingCheck check, Composer fallback) {
        this.model = model;
        this.prompts = prompts;
        this.check = check;
        this.fallback = fallback;
    }

    @Override
    public Composition answer(String question, Retrieval retrieval) {
        if (retrieval.isEmpty()) {
            return fallback.answer(question, retrieval); // nothing to ask the model about
        }
        Map<Integer, StoredParagraph> sources = new LinkedHashMap<>();
        List<String> passages = new ArrayList<>();
        for (Evidence e : retrieval.paragraphs()) {
            int marker = sources.size() + 1;
            StoredParagraph p = e.paragraph();
            sources.put(marker, p);
            passages.add(Prompts.passage(marker, p.storyTitle(), p.number(), p.text()));
        }
        ModelReply reply = model.reply(prompts.system(), prompts.answer(passages, question));
        if (reply instanceof ModelReply.Failed failed) {
            return fallback.answer(question, retrieval).withNotice(failed.failure().notice("answer"));
        }
        String text = withoutMentions(((ModelReply.Text) reply).text());
        if (saysNotFound(text)) {
            return new Composition.NotFound("The passages found do not answer this question.", null);
        }
        GroundingCheck.Result result = check.check(text, sources);
        logDropped(result);
        if (result.supported().isEmpty()) {
            return new Composition.NotFound("The language model's answer was not supported by the passages it cited, "
                    + "so no answer is given.", null);
        }
        Written written = write(result.supported(), Integer.MAX_VALUE);
        return new Composition.Grounded(written.text(), null, written.citations().citations(), droppedNotice(result, "answer"));
    }

    /** The offline composer, this one's fallback, reads ahead. */
    @Override
    public int warm(StoredStory story) {
        return fallback.warm(story);
    }

    /** The story's lead, as the offline composer gives it: a gist needs no model, and its every word is the story's. */
    @Override
    public Composition overview(StoredStory story) {
        return fallback.overview(story);
    }

    @Override
    public Summary summarize(StoredStory story, SummaryLength length) {
        Map<Integer, StoredParagraph> sources = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        for (StoredParagraph p : story.paragraphs()) {
            if (chars > 0 && chars + p.text().length() > MAX_SUMMARY_CHARS) {
                break;
            }
            chars += p.text().length();
            sources.put(p.number(), p);
            paragraphs.add("[" + p.number() + "] " + p.text().strip());
        }
        if (sources.isEmpty()) {
            return fallback.summarize(story, length);
        }
        ModelReply reply = model.reply(prompts.system(), prompts.summary(story.title(), paragraphs, length.maxWords()));
        if (reply instanceof ModelReply.Failed failed) {
            return offlineSummary(story, length, failed.failure().notice("summary"));
        }
        String text = withoutMentions(((ModelReply.Text) reply).text());
        if (saysNotFound(text)) {
            return offlineSummary(story, length, "The language model gave no summary, so this summary was composed "
                    + "offline from the story.");
        }
        GroundingCheck.Result result = check.check(text, sources);
        logDropped(result);
        Written written = write(result.supported(), length.maxWords());
        if (written.citations().isEmpty()) {
            return offlineSummary(story, length, result.supported().isEmpty()
                    ? "The language model's summary was not supported by the story, so this summary was composed offline "
                            + "from it."
                    : "The language model's summary did not fit the length, so this summary was composed offline from "
                            + "the story.");
        }
        return new Summary(story.id(), story.title(), length, written.text(), written.citations().citations(),
                droppedNotice(result, "summary"), null);
    }

    /** Composed offline, as extractive topic summaries are: each fact once, every outlet that reports it cited. */
    @Override
    public Summary summarizeTopic(String topic, List<StoredStory> stories, SummaryLength length) {
        return fallback.summarizeTopic(topic, stories, length);
    }

    private Summary offlineSummary(StoredStory story, SummaryLength length, String notice) {
        Summary s = fallback.summarize(story, length);
        return new Summary(s.storyId(), s.storyTitle(), s.length(), s.text(), s.citations(), notice, s.topic());
    }

    private record Written(String text, CitationList citations) {
    }

    /**
     * The supported sentences with their markers renumbered in reading order, stopping before the
     * sentence that would pass {@code maxWords}.
     */
    private static Written write(List<GroundingCheck.Supported> sentences, int maxWords) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (GroundingCheck.Supported s : sentences) {
            int w = Text.wordCount(s.text());
            if (words + w > maxWords) {
                break;
            }
            words += w;
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(s.text()).append(' ');
            List<Integer> markers = new ArrayList<>();
            for (GroundingCheck.Quote q : s.quotes()) {
                int marker = citations.cite(q.paragraph(), q.sentence());
                if (!markers.contains(marker)) {
                    markers.add(marker);
                }
            }
            markers.sort(Integer::compare);
            markers.forEach(m -> text.append('[').append(m).append(']'));
        }
        return new Written(text.toString(), citations);
    }

    private static String withoutMentions(String text) {
        return MENTION.matcher(text).replaceAll("").replaceAll("[ \t]{2,}", " ");
    }

    private static boolean saysNotFound(String text) {
        return text.contains(Prompts.NOT_FOUND);
    }

    /** A line for the reader when the check left sentences out, so a short answer is not mistaken for the whole. */
    private static String droppedNotice(GroundingCheck.Result result, String product) {
        int n = result.dropped().size();
        if (n == 0) {
            return null;
        }
        return n == 1
                ? "One sentence of the language model's " + product + " was left out: the story does not support it."
                : n + " sentences of the language model's " + product + " were left out: the story does not support them.";
    }

    private void logDropped(GroundingCheck.Result result) {
        for (GroundingCheck.Dropped d : result.dropped()) {
            log.debug("language model {}: left out a sentence ({}): {}", model.name(),
                    d.problem().name().toLowerCase(Locale.ROOT), d.sentence());
        }
    }
}
