package org.storybot.answer;

import java.util.function.Function;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.story.Text;

/**
 * The gist of a story for "what is this story about?": its lead, as news writes the essentials
 * first. The first sentence that may stand as an answer (not a heading, caption or credit), and
 * the next ones while they fit in {@value #MAX_WORDS} words (or while the lead is a short teaser),
 * each cited, datelines left out.
 */
final class Gist {

    static final int MAX_WORDS = 45;
    /** A lead shorter than this ("Never mind cats having nine lives.") is a teaser: the next sentence joins it. */
    static final int MIN_LEDE_WORDS = 12;

    private final Function<String, Reading> read;

    Gist(Function<String, Reading> read) {
        this.read = read;
    }

    Composition of(StoredStory story) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (StoredParagraph p : story.paragraphs()) {
            for (StoredParagraph.StoredSentence s : p.sentences()) {
                if (!NonAnswers.mayAnswer(read.apply(s.text()), story.title())) {
                    continue;
                }
                String quote = Datelines.trim(s.text());
                int count = Text.wordCount(quote);
                if (words >= MIN_LEDE_WORDS && words + count > MAX_WORDS) {
                    return grounded(text, citations);
                }
                int marker = citations.cite(p, quote);
                text.append(text.isEmpty() ? "" : " ").append(quote).append(" [").append(marker).append(']');
                words += count;
            }
        }
        if (text.isEmpty()) {
            return new Composition.NotFound("The story has no sentence that tells what it is about.", null);
        }
        return grounded(text, citations);
    }

    private static Composition grounded(StringBuilder text, CitationList citations) {
        return new Composition.Grounded(text.toString(), null, citations.citations(), null);
    }
}
