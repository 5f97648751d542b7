package org.storybot.eval;

import java.util.ArrayList;
import java.util.List;
import org.storybot.retrieval.Library;
import org.storybot.story.Abbreviations;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.store.StoryInfo;

/**
 * Counts the stored sentences of a library that end at an abbreviation ("...voted to install
 * Sen."), by {@link Abbreviations}' rules: those ending at a title, an initial or a month never
 * end a sentence; those ending at one that can (U.S., a.m., Jr.) are listed apart.
 */
public record SentenceEnds(int sentences, int neverAnEnd, List<String> canEnd) {

    public SentenceEnds {
        canEnd = List.copyOf(canEnd);
    }

    public static SentenceEnds of(Library library) {
        int sentences = 0;
        int never = 0;
        List<String> canEnd = new ArrayList<>();
        for (StoryInfo info : library.stories()) {
            Story story = library.story(info.id()).orElse(null);
            if (story == null) {
                continue;
            }
            for (Paragraph p : story.paragraphs()) {
                for (Sentence s : p.sentences()) {
                    sentences++;
                    if (Abbreviations.canEndSentence(s.text())) {
                        canEnd.add(s.text().substring(Math.max(0, s.text().length() - 40)));
                    } else if (Abbreviations.endsInAbbreviation(s.text())) {
                        never++;
                    }
                }
            }
        }
        return new SentenceEnds(sentences, never, canEnd);
    }

    /** The figures as one line of a report. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "stored sentences ending at an abbreviation: %d at one that never ends a "
                + "sentence (Sen., Dr., Jan., initials), %d at one that can (U.S., a.m., Jr.), of %d", neverAnEnd,
                canEnd.size(), sentences);
    }
}
