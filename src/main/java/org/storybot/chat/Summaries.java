package org.storybot.chat;

import java.util.List;
import java.util.Optional;
import org.storybot.answer.Composer;
import org.storybot.answer.Summary;
import org.storybot.answer.SummaryLength;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Library;
import org.storybot.retrieval.TopicStories;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;

/**
 * Summaries of a story, and of a topic: the stories about it ({@link TopicStories}) summarised as one.
 */
final class Summaries {

    private final Library library;
    private final TopicStories topics;
    private final Composer composer;
    private final QuestionCheck check;

    Summaries(Library library, HybridRetriever retriever, Composer composer, QuestionCheck check) {
        this.library = library;
        this.topics = new TopicStories(retriever);
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
        List<StoredStory> stories = topics.about(checked.question()).stream().map(library::storedStory)
                .flatMap(Optional::stream).toList();
        if (stories.isEmpty()) {
            return new SummaryReply.Refused("No story in the library is about “" + checked.question() + "”.");
        }
        Summary summary = composer.summarizeTopic(checked.question(), stories, length);
        return new SummaryReply.Summarized(summary, (System.nanoTime() - start) / 1e6);
    }
}
