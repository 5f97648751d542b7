package org.storybot.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storybot.answer.Composer;
import org.storybot.answer.Summary;
import org.storybot.answer.SummaryLength;
import org.storybot.retrieval.Evidence;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.retrieval.Retrieval;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;

/**
 * Summaries of a story, and of a topic: the stories about it, found by retrieval, summarised as one. A story is
 * about the topic when its best passage among the best {@value #PASSAGES} scores at least
 * {@value #SHARE} of the best story's (at most {@value #MAX_STORIES}, best first); none is when no
 * passage's cosine to the topic reaches {@value #MIN_COSINE}. Round values, looked at on
 * politics_2017.json, not tuned: "the travel ban ruling", "Sessions recusal" and "Yates fired" keep
 * the stories of the event and, for a broader topic, those of its neighbours; the best cosine was
 * 0.68 and 0.78 for two topics of the corpus, 0.49 to 0.60 for three it does not cover.
 */
final class Summaries {

    static final int PASSAGES = 30;
    static final double SHARE = 0.75;
    static final int MAX_STORIES = 8;
    static final double MIN_COSINE = 0.62;

    private final Library library;
    private final HybridRetriever retriever;
    private final Composer composer;
    private final QuestionCheck check;

    Summaries(Library library, HybridRetriever retriever, Composer composer, QuestionCheck check) {
        this.library = library;
        this.retriever = retriever;
        this.composer = composer;
        this.check = check;
    }

    /** A summary of the story {@code id}, or when null of the only story in the library. */
    SummaryReply ofStory(String id, SummaryLength length) {
        long start = System.nanoTime();
        String chosen = id;
        if (chosen == null) {
            List<StoryInfo> stories = library.stories();
            if (stories.isEmpty()) {
                return new SummaryReply.Refused("The library is empty: there is no story to summarise.");
            }
            if (stories.size() > 1) {
                return new SummaryReply.Refused("Which story? The library holds " + stories.size()
                        + " stories; name one by its id (the list of stories shows them).");
            }
            chosen = stories.get(0).id();
        }
        Optional<StoredStory> story = library.storedStory(chosen);
        if (story.isEmpty()) {
            return new SummaryReply.Refused("No story has the id “" + chosen + "”.");
        }
        Summary summary = composer.summarize(story.get(), length);
        return new SummaryReply.Summarized(summary, (System.nanoTime() - start) / 1e6);
    }

    /** One summary of the stories about {@code topic}, each fact once, every story reporting it cited. */
    SummaryReply ofTopic(String topic, SummaryLength length) {
        long start = System.nanoTime();
        QuestionCheck.Result checked = check.check(topic);
        if (checked.refusal() != null) {
            return new SummaryReply.Refused(checked.refusal());
        }
        Retrieval found = retriever.retrieve(checked.question(), null, PASSAGES);
        if (found.paragraphs().stream().noneMatch(e -> e.dense() >= MIN_COSINE)) {
            return new SummaryReply.Refused("No story in the library is about “" + checked.question() + "”.");
        }
        List<StoredStory> stories = about(found).stream()
                .map(library::storedStory).flatMap(Optional::stream).toList();
        if (stories.isEmpty()) {
            return new SummaryReply.Refused("No story in the library is about “" + checked.question() + "”.");
        }
        Summary summary = composer.summarizeTopic(checked.question(), stories, length);
        return new SummaryReply.Summarized(summary, (System.nanoTime() - start) / 1e6);
    }

    /** The ids of the stories the passages show to be about their query, best first. */
    static List<String> about(Retrieval retrieval) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (Evidence e : retrieval.paragraphs()) {
            best.merge(e.storyId(), e.score(), Math::max);
        }
        double top = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return best.entrySet().stream().filter(e -> e.getValue() >= SHARE * top)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(MAX_STORIES).map(Map.Entry::getKey)
                .toList();
    }
}
