package org.storybot.eval;

import java.util.HashMap;
import java.util.Map;
import org.storybot.ingest.Ingestor;
import org.storybot.story.Paragraph;
import org.storybot.story.Story;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;
import org.storybot.story.Text;

/** Puts the contexts of a question set into a library, each context one story. */
public final class QaStories {

    private QaStories() {
    }

    /**
     * Ingests every context as a story with the context's id and returns, per context, the story
     * paragraph number of each context paragraph (-1 where cleaning dropped one).
     */
    public static Map<String, int[]> load(QaSet set, StoryCleaner cleaner, Ingestor ingestor) throws StoryFormatException {
        Map<String, int[]> numbering = new HashMap<>();
        for (QaSet.Context context : set.contexts()) {
            Story story = cleaner.clean(context.toArticle(), context.id());
            ingestor.save(context.id(), story);
            Map<String, Integer> byText = new HashMap<>();
            for (Paragraph p : story.paragraphs()) {
                byText.put(Text.key(p.text()), p.number());
            }
            int[] numbers = new int[context.paragraphs().size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = byText.getOrDefault(Text.key(context.paragraphs().get(i)), -1);
            }
            numbering.put(context.id(), numbers);
        }
        return numbering;
    }
}
