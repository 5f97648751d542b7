package org.storybot.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storybot.answer.DateMentions;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.store.ParagraphKey;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import org.storybot.text.PlainWords;
import org.storybot.text.StoryAnalyzer;

/**
 * Timelines (/timeline): the dated events of one story, or of every story about a topic merged (the
 * same event reported by several stories said once, each story cited), in date order, undated ones
 * last in story order. A topic's stories are those whose words include every word of the topic, found
 * through the word index. Thread-safe.
 */
public final class Timelines {

    /** Paragraphs the word index is asked for when finding a topic's stories. */
    private static final int TOPIC_PARAGRAPHS = 200;
    /** The most stories a topic's timeline reads. */
    private static final int MAX_STORIES = 30;

    private final Library library;
    private final HybridRetriever retriever;
    private final DatedSentences dated;

    public Timelines(Library library, HybridRetriever retriever, DateMentions dates) {
        this.library = library;
        this.retriever = retriever;
        this.dated = new DatedSentences(dates);
    }

    /**
     * The timeline of a story given by id or exact title, else of the topic the words name; with no
     * words, of the library's only story.
     */
    public TimelineResult of(String storyOrTopic) {
        String asked = storyOrTopic == null ? "" : storyOrTopic.strip();
        List<StoryInfo> stories = library.stories();
        if (asked.isEmpty()) {
            if (stories.size() == 1) {
                return ofStory(stories.get(0).id());
            }
            return new TimelineResult.Refused(stories.isEmpty() ? "The library is empty: there is no story to date."
                    : "Which story or topic? The library holds " + stories.size()
                    + " stories; give a story's id (the list of stories shows them) or a topic, such as a name.");
        }
        for (StoryInfo s : stories) {
            if (s.id().equals(asked) || s.title().equalsIgnoreCase(asked)) {
                return ofStory(s.id());
            }
        }
        return ofTopic(asked);
    }

    public TimelineResult ofStory(String storyId) {
        Optional<StoredStory> story = library.storedStory(storyId);
        if (story.isEmpty()) {
            return new TimelineResult.Refused("No story has the id “" + storyId + "”.");
        }
        return new TimelineResult.Events(storyId, null, List.of(story.get().info()), merged(List.of(story.get())));
    }

    public TimelineResult ofTopic(String topic) {
        Set<String> words = new LinkedHashSet<>();
        PlainWords.of(topic).stream().filter(w -> !StoryAnalyzer.isStopWord(w)).forEach(words::add);
        if (words.isEmpty()) {
            return new TimelineResult.Refused("Give a topic with a word to look for, such as a name.");
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (ParagraphKey key : retriever.wordsOnly(topic, null, TOPIC_PARAGRAPHS)) {
            candidates.add(key.storyId());
        }
        List<StoredStory> stories = new ArrayList<>();
        for (String id : candidates) {
            Optional<StoredStory> story = library.storedStory(id);
            if (story.isPresent() && mentionsAll(story.get(), words)) {
                stories.add(story.get());
            }
            if (stories.size() == MAX_STORIES) {
                break;
            }
        }
        if (stories.isEmpty()) {
            return new TimelineResult.Refused("No story mentions “" + topic + "”.");
        }
        stories.sort(Comparator.comparing((StoredStory s) -> s.info().day(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        return new TimelineResult.Events(null, topic, stories.stream().map(StoredStory::info).toList(), merged(stories));
    }

    private static boolean mentionsAll(StoredStory story, Set<String> words) {
        Set<String> found = new LinkedHashSet<>(PlainWords.of(story.title()));
        story.paragraphs().forEach(p -> found.addAll(PlainWords.of(p.text())));
        return found.containsAll(words);
    }

    /** Every story's dated sentences, merged where they tell the same event, in date order (stable: ties keep story order). */
    private List<TimelineEvent> merged(List<StoredStory> stories) {
        EventMerger merger = new EventMerger();
        for (StoredStory story : stories) {
            dated.of(story).forEach(merger::add);
        }
        List<TimelineEvent> events = new ArrayList<>(merger.events());
        events.sort(Comparator.comparing((TimelineEvent e) -> e.when().date(), Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }
}
