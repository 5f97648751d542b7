package org.storybot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storybot.store.StoredParagraph;

/**
 * Numbers citations as a text is written: the first paragraph cited is [1], the next new one [2],
 * and citing a paragraph again reuses its marker. The quote of a citation is the words first quoted
 * from that paragraph.
 */
final class CitationList {

    private final Map<String, Citation> byParagraph = new LinkedHashMap<>();

    /** The marker for {@code quote} from {@code paragraph}, adding a citation when the paragraph is new. */
    int cite(StoredParagraph paragraph, String quote) {
        String key = paragraph.storyId() + "#" + paragraph.number();
        Citation existing = byParagraph.get(key);
        if (existing != null) {
            return existing.marker();
        }
        Citation c = new Citation(byParagraph.size() + 1, paragraph.storyId(), paragraph.storyTitle(), paragraph.number(),
                quote, paragraph.text());
        byParagraph.put(key, c);
        return c.marker();
    }

    List<Citation> citations() {
        return new ArrayList<>(byParagraph.values());
    }

    boolean isEmpty() {
        return byParagraph.isEmpty();
    }
}
