package org.storybot.discord;

import org.storybot.answer.Citation;
import org.storybot.story.Paragraph;
import org.storybot.story.Story;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** The shipped seed story, read and cleaned as ingest does (no model needed), for formatting tests. */
final class SeedStory {

    static final String ID = "sessions-offered-resignation";
    static final String TITLE = "Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks";

    private SeedStory() {
    }

    static Story story() {
        try {
            return TestLibrary.cleaner().clean(TestLibrary.reader().read(SharedData.seedStory()).get(0), ID);
        } catch (Exception e) {
            throw new IllegalStateException("the seed story cannot be read", e);
        }
    }

    /** A citation of paragraph {@code number}, quoting its sentence {@code sentence} (0-based). */
    static Citation cite(int marker, int number, int sentence) {
        Paragraph p = story().paragraph(number);
        return new Citation(marker, ID, TITLE, number, p.sentences().get(sentence).text(), p.text());
    }

    /** The whole story text, paragraphs separated by blank lines. */
    static String text() {
        StringBuilder text = new StringBuilder();
        for (Paragraph p : story().paragraphs()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(p.text());
        }
        return text.toString();
    }
}
