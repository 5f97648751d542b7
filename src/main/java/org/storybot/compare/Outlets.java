package org.storybot.compare;

import org.storybot.store.StoryInfo;

/** How an outlet is named beside what it reports: the story's source, its lean when the metadata gives one. */
public final class Outlets {

    private Outlets() {
    }

    /** "CNN (lean: Left)", "Reuters", or the story's title when it names no source. */
    public static String label(StoryInfo story) {
        String name = story.source() == null || story.source().isBlank() ? "“" + story.title() + "”" : story.source();
        return story.lean() == null ? name : name + " (lean: " + story.lean() + ")";
    }
}
