package org.storybot.answer;

import java.util.List;
import org.storybot.retrieval.Retrieval;
import org.storybot.store.StoredStory;

/**
 * Turns retrieved passages into an answer, and a story into a summary. Implementations: the
 * offline, extractive composer, and a language model behind a citation check. Thread-safe.
 */
public interface Composer {

    /** Answers {@code question} from {@code retrieval}, or says why the passages do not answer it. */
    Composition answer(String question, Retrieval retrieval);

    /** The gist of {@code story}, for "what is this story about?": a few cited sentences. */
    Composition overview(StoredStory story);

    /**
     * Reads {@code story}'s sentences ahead of questions, so the first question about it does not
     * pay for reading them; returns how many were read. Nothing by default.
     */
    default int warm(StoredStory story) {
        return 0;
    }

    /** Summarises {@code story} within {@code length}'s word limit, every sentence cited. */
    Summary summarize(StoredStory story, SummaryLength length);

    /** One summary of {@code stories}, those about {@code topic}, within the word limit: each fact once, every story reporting it cited. */
    Summary summarizeTopic(String topic, List<StoredStory> stories, SummaryLength length);
}
