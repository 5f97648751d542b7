package org.storybot.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.DateMentions;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;

/**
 * The sentences of a story that state a dated event: each date expression in them, placed on the
 * calendar against the story's date ({@link DateResolver}), with the sentence shortened to the clause
 * that still holds the date. A sentence dated twice to the same day is one event.
 */
final class DatedSentences {

    /** Words just before a date that put it in the future: "will testify on Tuesday", "is expected to ... next week". */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|won't|shall|'ll|’ll|scheduled|expected|set to|due to|plans? to|is to)\\b");
    /** How far before a date a future marker is looked for, in characters. */
    private static final int FUTURE_REACH = 60;

    /** A dated sentence of a story, before merging: where it is, when it says, in its own words. */
    record Dated(When when, String asStated, String text, StoredParagraph paragraph, StoredParagraph.StoredSentence sentence) {
    }

    private final DateMentions dates;

    DatedSentences(DateMentions dates) {
        this.dates = dates;
    }

    List<Dated> of(StoredStory story) {
        LocalDate storyDate = story.info().day();
        List<Dated> found = new ArrayList<>();
        for (StoredParagraph p : story.paragraphs()) {
            for (StoredParagraph.StoredSentence s : p.sentences()) {
                Set<String> seen = new HashSet<>();
                for (DateMentions.Mention m : dates.in(s.text())) {
                    String before = s.text().substring(Math.max(0, m.start() - FUTURE_REACH), m.start());
                    Optional<When> when = DateResolver.resolve(m.text(), storyDate, FUTURE.matcher(before).find());
                    if (when.isPresent() && seen.add(String.valueOf(when.get()) + (when.get().resolved() ? "" : m.text()))) {
                        found.add(new Dated(when.get(), m.text(), clause(s.text(), m.text()), p, s));
                    }
                }
            }
        }
        return found;
    }

    /** The shortest clause of the sentence, words deleted only, that still says when; else the sentence without its dateline. */
    static String clause(String sentence, String asStated) {
        String text = DateMentions.withoutDateline(sentence);
        if (!text.contains(asStated)) {
            text = sentence;
        }
        String shortest = text;
        for (String shorter : DateMentions.shorter(text)) {
            if (shorter.contains(asStated)) {
                shortest = shorter;
            }
        }
        return shortest;
    }
}
