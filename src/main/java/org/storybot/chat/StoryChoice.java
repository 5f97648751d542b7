package org.storybot.chat;

import java.util.List;
import org.storybot.store.StoryInfo;

/** "Which story?": what the assistant says when a request about "this story" could mean several, or none. */
final class StoryChoice {

    private static final int LISTED_STORIES = 5;

    private StoryChoice() {
    }

    /** Asks which of the library's stories is meant, naming the first few; says so when there are none. */
    static String which(List<StoryInfo> stories) {
        if (stories.isEmpty()) {
            return "The library is empty: there is no story to tell about.";
        }
        StringBuilder text = new StringBuilder("Which story? The library holds ").append(stories.size()).append(" stories: ");
        for (int i = 0; i < Math.min(LISTED_STORIES, stories.size()); i++) {
            text.append(i == 0 ? "" : "; ").append('“').append(stories.get(i).title()).append('”');
        }
        if (stories.size() > LISTED_STORIES) {
            text.append("; and ").append(stories.size() - LISTED_STORIES).append(" more");
        }
        return text.append(". Ask about one by name, or give its id (the list of stories shows them).").toString();
    }
}
