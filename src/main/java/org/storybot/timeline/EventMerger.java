package org.storybot.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storybot.answer.Citation;
import org.storybot.store.StoredParagraph;
import org.storybot.store.Vectors;
import org.storybot.text.PlainWords;
import org.storybot.text.StoryAnalyzer;
import org.storybot.text.WordSets;

/**
 * Says an event once when several stories (or paragraphs) report it: the same date and a similar
 * sentence, by the cosine of their sentence embeddings or, without vectors, the words they share.
 * The first report's words stand; each later one adds its citation.
 */
final class EventMerger {

    /** Cosine of two sentence embeddings above which they tell the same event. */
    static final double SAME_EVENT_COSINE = 0.85;
    /** Share of content words (Jaccard) above which two sentences tell the same event. */
    static final double SAME_EVENT_WORDS = 0.5;

    private static final class Group {
        final DatedSentences.Dated first;
        final Set<String> words;
        final List<Citation> citations = new ArrayList<>();
        final Set<String> cited = new HashSet<>();

        Group(DatedSentences.Dated first) {
            this.first = first;
            this.words = contentWords(first.sentence().text());
        }

        void cite(DatedSentences.Dated d) {
            StoredParagraph p = d.paragraph();
            if (cited.add(p.storyId() + "#" + p.number())) {
                citations.add(new Citation(citations.size() + 1, p.storyId(), p.storyTitle(), p.number(), d.sentence().text(), p.text()));
            }
        }
    }

    private final List<Group> groups = new ArrayList<>();

    void add(DatedSentences.Dated d) {
        if (d.when().resolved()) {
            Set<String> words = contentWords(d.sentence().text());
            for (Group g : groups) {
                if (g.first.when().equals(d.when()) && similar(g, d, words)) {
                    g.cite(d);
                    return;
                }
            }
        }
        Group g = new Group(d);
        g.cite(d);
        groups.add(g);
    }

    List<TimelineEvent> events() {
        return groups.stream().map(g -> new TimelineEvent(g.first.when(), g.first.asStated(), g.first.text(), g.citations)).toList();
    }

    private static boolean similar(Group g, DatedSentences.Dated d, Set<String> words) {
        float[] a = g.first.sentence().vector();
        float[] b = d.sentence().vector();
        if (a != null && b != null && a.length == b.length && Vectors.dot(a, b) >= SAME_EVENT_COSINE) {
            return true;
        }
        return WordSets.jaccard(g.words, words) >= SAME_EVENT_WORDS;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        PlainWords.of(text).stream().filter(w -> !StoryAnalyzer.isStopWord(w)).forEach(words::add);
        return words;
    }
}
