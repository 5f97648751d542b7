package org.storybot.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storybot.answer.Tagger;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.TopicStories;
import org.storybot.retrieval.Library;
import org.storybot.store.StoryInfo;
import org.storybot.story.Story;
import org.storybot.text.Lexicon;

/**
 * Who's who (/people): every person a story names, or the stories retrieval finds for a topic, with
 * the role the stories give, merged across mentions and stories, each mention's paragraph cited.
 * People are listed by how often they are mentioned, then by first mention. Thread-safe.
 */
public final class WhosWho {

    /** How many passages retrieval is asked for a topic, and how many of their stories are read. */
    private static final int LISTED_STORIES = 5;

    private final Library library;
    private final TopicStories topics;
    private final StoryPeople reader;
    private final Roles roles = new Roles();

    public WhosWho(Library library, HybridRetriever retriever, Tagger tagger, Lexicon lexicon) {
        this.library = library;
        this.topics = new TopicStories(retriever);
        this.reader = new StoryPeople(tagger, new NameReader(tagger, lexicon));
    }

    /** A story by its id, a topic otherwise; the only story of the library when {@code storyOrTopic} is blank. */
    public PeopleReply of(String storyOrTopic) {
        if (storyOrTopic == null || storyOrTopic.isBlank()) {
            return ofStory(null);
        }
        String s = storyOrTopic.strip();
        return library.knows(s) ? ofStory(s) : ofTopic(s);
    }

    /** The people of one story; of the only story when {@code storyId} is null. */
    public PeopleReply ofStory(String storyId) {
        String id = storyId;
        if (id == null) {
            List<StoryInfo> stories = library.stories();
            if (stories.size() != 1) {
                return new PeopleReply.Refused(which(stories));
            }
            id = stories.get(0).id();
        }
        Optional<Story> story = library.story(id);
        if (story.isEmpty()) {
            return new PeopleReply.Refused("No story has the id “" + id + "”. The list of stories shows their ids.");
        }
        return new PeopleReply.Listed(List.of(id), people(List.of(story.get())));
    }

    /** The people of the stories about a topic ({@link TopicStories}), best first. */
    public PeopleReply ofTopic(String topic) {
        List<Story> stories = topics.about(topic).stream().map(library::story).flatMap(Optional::stream).toList();
        if (stories.isEmpty()) {
            return new PeopleReply.Refused("No story is about “" + topic + "”.");
        }
        return new PeopleReply.Listed(stories.stream().map(Story::id).toList(), people(stories));
    }

    /**
     * The people of these stories, merged across them: one full name is one person, and a name that ends
     * exactly one fuller name ("Isgur Flores", "Sessions") is that person.
     */
    public List<Person> people(List<Story> stories) {
        Map<String, List<Found>> byName = new LinkedHashMap<>();
        List<Found> alone = new ArrayList<>();
        for (Story story : stories) {
            for (StoryPeople.Found f : reader.read(story)) {
                Found found = new Found(story, f);
                if (f.name().contains(" ")) {
                    byName.computeIfAbsent(f.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(found);
                } else {
                    alone.add(found);
                }
            }
        }
        for (String shorter : List.copyOf(byName.keySet())) { // "Isgur Flores" is the "Sarah Isgur Flores" named elsewhere
            List<String> longer = byName.keySet().stream().filter(k -> k.endsWith(" " + shorter)).toList();
            if (longer.size() == 1) {
                byName.get(longer.get(0)).addAll(byName.remove(shorter));
            }
        }
        for (Found f : alone) {
            List<String> owners = byName.keySet().stream().filter(k -> k.endsWith(" " + f.found().name().toLowerCase(Locale.ROOT))).toList();
            byName.computeIfAbsent(owners.size() == 1 ? owners.get(0) : f.found().name().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(f);
        }
        List<Ranked> ranked = new ArrayList<>();
        int order = 0;
        for (List<Found> same : byName.values()) {
            ranked.add(new Ranked(roles.person(same), order++));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.person().mentions()).thenComparingInt(Ranked::order));
        return ranked.stream().map(Ranked::person).toList();
    }

    /** One story's reading of a person. */
    record Found(Story story, StoryPeople.Found found) {
    }

    private record Ranked(Person person, int order) {
    }

    private static String which(List<StoryInfo> stories) {
        if (stories.isEmpty()) {
            return "The library is empty: there is nobody to tell about.";
        }
        StringBuilder text = new StringBuilder("Which story? The library holds ").append(stories.size()).append(" stories: ");
        for (int i = 0; i < Math.min(LISTED_STORIES, stories.size()); i++) {
            text.append(i == 0 ? "" : "; ").append('“').append(stories.get(i).title()).append("” (").append(stories.get(i).id()).append(')');
        }
        if (stories.size() > LISTED_STORIES) {
            text.append("; and ").append(stories.size() - LISTED_STORIES).append(" more");
        }
        return text.append(". Give a story id, or a topic.").toString();
    }
}
