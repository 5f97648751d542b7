package org.storybot.answer;

import java.util.List;
import org.storybot.story.Text;

/** A summary of one story: text with markers [n], each sentence cited. */
public record Summary(String storyId, String storyTitle, SummaryLength length, String text, List<Citation> citations,
        String notice) {

    public Summary {
        citations = List.copyOf(citations);
    }

    /** Words of the summary text, markers left out. */
    public int words() {
        return Text.wordCount(text.replaceAll("\\s*\\[\\d+]", ""));
    }
}
