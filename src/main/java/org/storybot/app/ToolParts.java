package org.storybot.app;

import org.storybot.answer.DateMentions;
import org.storybot.chat.StoryTools;
import org.storybot.people.WhosWho;
import org.storybot.quote.QuoteCheck;
import org.storybot.timeline.Timelines;

/** The story tools beside questions (quote check, who's who, timelines), built from the root's shared parts. */
final class ToolParts {

    private ToolParts() {
    }

    static StoryTools of(Storybot root) {
        return new StoryTools(new QuoteCheck(root.library(), root.retriever(), root.tagger(), root.lexicon()),
                new WhosWho(root.library(), root.retriever(), root.tagger(), root.lexicon()),
                new Timelines(root.library(), root.retriever(), new DateMentions(root.tagger(), root.lexicon())));
    }
}
