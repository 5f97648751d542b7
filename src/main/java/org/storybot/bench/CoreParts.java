package org.storybot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.storybot.answer.Tagger;
import org.storybot.config.StorybotConfig;
import org.storybot.embedding.Embedder;
import org.storybot.story.SentenceSplitter;
import org.storybot.text.Lexicon;

/**
 * What every measured library shares within one run: the embedding model (loaded once, so its
 * 300 MB do not count again at each size), the part-of-speech tagger, WordNet, the sentence splitter, the
 * JSON mapper and the settings.
 *
 * @param embedder the process's embedder; only its model is shared, each library gets its own query cache
 */
public record CoreParts(Embedder embedder, Tagger tagger, Lexicon lexicon, SentenceSplitter splitter, ObjectMapper json,
        StorybotConfig config) {

    EmbeddingModel model() {
        return embedder.model();
    }
}
