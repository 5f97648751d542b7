package org.storybot.compare;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storybot.answer.GroundingCheck;
import org.storybot.people.Person;
import org.storybot.people.WhosWho;
import org.storybot.retrieval.Library;
import org.storybot.retrieval.TopicStories;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;

/**
 * Coverage across outlets (/compare): the stories that cover the same event, grouped by date, people
 * and content ({@link EventGroups}), each group with what most of its stories report, what only one
 * does and where they differ ({@link GroupReport}), every line a sentence of a story, cited. The whole
 * library, one story's event, or the stories about a topic ({@link TopicStories}). What grouping reads
 * of a story, and each group's report, are kept per version of the stories. Thread-safe.
 */
public final class Coverage {

    /** The most stories compared at once: the newest ingested, for a library that holds more. */
    static final int MAX_STORIES = 60;

    private final Library library;
    private final TopicStories topics;
    private final WhosWho people;
    private final EventGroups grouping;
    private final GroupReport report;
    private final Cache<String, StoryProfile> profiles = Caffeine.newBuilder().maximumSize(2_000).build();
    /** Reports by the versions of their stories: the citation checks are the slow part, and a group seldom changes. */
    private final Cache<List<String>, EventCoverage> reports = Caffeine.newBuilder().maximumSize(500).build();

    /**
     * @param wordsOnly the citation check without meaning (shared facts must be in the outlet's own words)
     * @param full the citation check with meaning (a fact only one outlet reports must be in no other's, in any words)
     */
    public Coverage(Library library, TopicStories topics, WhosWho people, GroundingCheck wordsOnly, GroundingCheck full) {
        this.library = library;
        this.topics = topics;
        this.people = people;
        this.grouping = new EventGroups(CompareTuning.DEFAULT.grouping());
        this.report = new GroupReport(wordsOnly, full, CompareTuning.DEFAULT.items());
    }

    /** A story given by id or exact title, else the topic the words name; with no words, the whole library. */
    public CompareResult of(String storyOrTopic) {
        String asked = storyOrTopic == null ? "" : storyOrTopic.strip();
        if (asked.isEmpty()) {
            return ofLibrary();
        }
        for (StoryInfo s : library.stories()) {
            if (s.id().equals(asked) || s.title().equalsIgnoreCase(asked)) {
                return ofStory(s.id());
            }
        }
        return ofTopic(asked);
    }

    /** Every event of the library that more than one story covers. */
    public CompareResult ofLibrary() {
        List<StoredStory> stories = newest(library.stories());
        if (stories.size() < 2) {
            return new CompareResult.Refused(stories.isEmpty() ? "The library is empty: there is nothing to compare."
                    : "The library holds one story: there is no other outlet to compare it with.");
        }
        List<List<StoryProfile>> groups = grouping.of(profiles(stories));
        List<EventCoverage> covered = groups.stream().filter(g -> g.size() > 1).map(this::report).toList();
        return new CompareResult.Groups(null, null, covered, (int) groups.stream().filter(g -> g.size() == 1).count());
    }

    /** The event of one story: the other stories that cover it, and how they told it. */
    public CompareResult ofStory(String storyId) {
        if (!library.knows(storyId)) {
            return new CompareResult.Refused("No story has the id “" + storyId + "”. The list of stories shows their ids.");
        }
        List<StoryInfo> infos = new ArrayList<>(library.stories());
        infos.sort(Comparator.comparing((StoryInfo s) -> !s.id().equals(storyId))); // the one asked for always read
        for (List<StoryProfile> group : grouping.of(profiles(newest(infos)))) {
            if (group.stream().anyMatch(p -> p.story().id().equals(storyId))) {
                return new CompareResult.Groups(storyId, null, List.of(report(group)), group.size() == 1 ? 1 : 0);
            }
        }
        throw new IllegalStateException("story " + storyId + " fell out of its own grouping");
    }

    /** The stories about a topic, grouped by event. */
    public CompareResult ofTopic(String topic) {
        List<StoredStory> stories = topics.about(topic).stream().map(library::storedStory).flatMap(Optional::stream).toList();
        if (stories.isEmpty()) {
            return new CompareResult.Refused("No story is about “" + topic + "”.");
        }
        List<List<StoryProfile>> groups = grouping.of(profiles(stories));
        return new CompareResult.Groups(null, topic, groups.stream().map(this::report).toList(),
                (int) groups.stream().filter(g -> g.size() == 1).count());
    }

    /** The stories, at most {@value #MAX_STORIES}: the first of {@code infos} kept, then the newest ingested. */
    private List<StoredStory> newest(List<StoryInfo> infos) {
        List<StoryInfo> order = new ArrayList<>(infos);
        if (order.size() > MAX_STORIES) {
            StoryInfo first = order.get(0);
            order.sort(Comparator.comparing((StoryInfo s) -> s != first).thenComparing(StoryInfo::ingestedAt,
                    Comparator.nullsLast(Comparator.reverseOrder())));
        }
        return order.stream().limit(MAX_STORIES).map(s -> library.storedStory(s.id())).flatMap(Optional::stream).toList();
    }

    private EventCoverage report(List<StoryProfile> group) {
        List<String> versions = group.stream().map(p -> version(p.story())).toList();
        return reports.get(versions, k -> report.of(group));
    }

    private static String version(StoredStory story) {
        return story.id() + "#" + story.info().contentHash();
    }

    private List<StoryProfile> profiles(List<StoredStory> stories) {
        return stories.stream().map(s -> profiles.get(version(s), k -> profile(s))).toList();
    }

    private StoryProfile profile(StoredStory story) {
        Set<String> surnames = new LinkedHashSet<>();
        for (Person p : people.people(List.of(story.story()))) {
            String[] words = p.name().split("\\s+");
            surnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
        }
        return StoryProfile.of(story, surnames);
    }
}
