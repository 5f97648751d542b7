package org.storybot.app;

import org.storybot.answer.DateMentions;
import org.storybot.answer.GroundingCheck;
import org.storybot.chat.StoryTools;
import org.storybot.compare.Coverage;
import org.storybot.people.WhosWho;
import org.storybot.quote.QuoteCheck;
import org.storybot.retrieval.TopicStories;
import org.storybot.timeline.Timelines;

/** The story tools beside questions (quote check, who's who, timelines, coverage across outlets), built from the root's shared parts. */
final class ToolParts {

    private ToolParts() {
    }

    static StoryTools of(Storybot root) {
        WhosWho people = new WhosWho(root.library(), root.retriever(), root.tagger(), root.lexicon());
        Coverage coverage = new Coverage(root.library(), new TopicStories(root.retriever()), people,
                new GroundingCheck(root.splitter(), null), new GroundingCheck(root.splitter(), root.embedder()));
        return new StoryTools(new QuoteCheck(root.library(), root.retriever(), root.tagger(), root.lexicon()), people,
                new Timelines(root.library(), root.retriever(), new DateMentions(root.tagger(), root.lexicon())), coverage);
    }
}
