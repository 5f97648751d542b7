package org.storybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storybot.answer.Summarizer;
import org.storybot.ingest.Ingestor;
import org.storybot.retrieval.Library;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.story.RawArticle;
import org.storybot.story.Story;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;

/**
 * ROUGE of storybot's extractive summaries against reference highlights, beside Lead-3 (the
 * story's first three sentences) in the same run, on the articles of a summaries file (the format
 * of shared/data/summaries.json; the CNN ones, whose references are three or four highlights).
 */
public final class SummaryEvaluation {

    /** Mean F1 scores (0..100) of storybot and of Lead-3 over the articles. */
    public record Result(int articles, Rouge.Scores storybot, Rouge.Scores lead3) {
    }

    private static final int SENTENCES = 3;

    private final Library library;
    private final Ingestor ingestor;
    private final StoryCleaner cleaner;
    private final Summarizer summarizer;

    public SummaryEvaluation(Library library, Ingestor ingestor, StoryCleaner cleaner, Summarizer summarizer) {
        this.library = library;
        this.ingestor = ingestor;
        this.cleaner = cleaner;
        this.summarizer = summarizer;
    }

    public Result run(Path file, ObjectMapper json, String datasetPrefix) throws IOException, StoryFormatException {
        JsonNode root = json.readTree(file.toFile());
        List<Rouge.Scores> ours = new ArrayList<>();
        List<Rouge.Scores> lead = new ArrayList<>();
        for (JsonNode article : root) {
            if (!article.path("dataset").asText().startsWith(datasetPrefix)) {
                continue;
            }
            String id = article.path("id").asText();
            List<RawArticle.Block> blocks = new ArrayList<>();
            article.path("article_paragraphs").forEach(p -> blocks.add(RawArticle.Block.text(p.asText())));
            // The articles have no titles; a plain one keeps an id's hex digits out of the sentence embeddings.
            String title = article.path("dataset").asText().replaceAll("\\s*\\(.*$", "") + " news story";
            Story story = cleaner.clean(new RawArticle(id, title, null, null, null, null, blocks, file.toString()), id);
            ingestor.save(file.toString(), story);
            StoredStory stored = library.storedStory(id).orElseThrow();
            List<String> reference = new ArrayList<>();
            article.path("highlights").forEach(h -> reference.add(h.asText()));
            ours.add(Rouge.score(reference, summarizer.sentences(stored, SENTENCES)));
            lead.add(Rouge.score(reference, leadSentences(stored, SENTENCES)));
        }
        return new Result(ours.size(), mean(ours), mean(lead));
    }

    private static List<String> leadSentences(StoredStory story, int count) {
        List<String> lead = new ArrayList<>();
        for (StoredParagraph p : story.paragraphs()) {
            for (StoredParagraph.StoredSentence s : p.sentences()) {
                if (lead.size() < count) {
                    lead.add(s.text());
                }
            }
        }
        return lead;
    }

    private static Rouge.Scores mean(List<Rouge.Scores> scores) {
        double r1 = scores.stream().mapToDouble(Rouge.Scores::rouge1).average().orElse(0) * 100;
        double r2 = scores.stream().mapToDouble(Rouge.Scores::rouge2).average().orElse(0) * 100;
        double rl = scores.stream().mapToDouble(Rouge.Scores::rougeLsum).average().orElse(0) * 100;
        return new Rouge.Scores(r1, r2, rl);
    }
}
