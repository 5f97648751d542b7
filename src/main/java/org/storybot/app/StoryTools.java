package org.storybot.app;

import org.storybot.answer.DateMentions;
import org.storybot.timeline.Timelines;

/** The story tools beside questions (timelines), built from the root's shared parts. */
final class StoryTools {

    private StoryTools() {
    }

    static Timelines timelines(Storybot root) {
        return new Timelines(root.library(), root.retriever(), new DateMentions(root.tagger(), root.lexicon()));
    }
}
