package org.storybot.answer;

import java.util.List;
import org.storybot.story.Text;

/**
 * A summary: text with markers [n], each sentence cited; of one story ({@code storyId}), or of the
 * stories about a topic ({@code topic}, the story id null and the title the topic).
 */
public record Summary(String storyId, String storyTitle, SummaryLength length, String text, List<Citation> citations,
        String notice, String topic) {

    public Summary {
        citations = List.copyOf(citations);
    }

    /** Words of the summary text, markers left out. */
    public int words() {
        return Text.wordCount(text.replaceAll("\\s*\\[\\d+]", ""));
    }
}
