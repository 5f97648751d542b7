package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import org.storybot.story.Authors;

/**
 * A story as `stories --json` and `show --json` print it: {"id", "title", "authors": [...], "date",
 * "source", "url", "language", "lean", "paragraphs": [{"number", "section", "text"}]}.
 */
final class StoryJson {

    private StoryJson() {
    }

    static ObjectNode of(ObjectMapper json, StoredStory story) {
        StoryInfo info = story.info();
        ObjectNode node = json.createObjectNode().put("id", info.id()).put("title", info.title());
        ArrayNode authors = node.putArray("authors");
        Authors.split(info.authors()).forEach(authors::add);
        node.put("date", info.date()).put("source", info.source()).put("url", info.url()).put("language", info.language())
                .put("lean", info.lean());
        ArrayNode paragraphs = node.putArray("paragraphs");
        for (StoredParagraph p : story.paragraphs()) {
            paragraphs.addObject().put("number", p.number()).put("section", p.section()).put("text", p.text());
        }
        return node;
    }
}
