package org.storybot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.storybot.eval.QaSet;
import org.storybot.story.RawArticle;

/**
 * The real material a bench run uses from the shared data folder: the 2017 politics articles, the
 * SQuAD question set (its contexts and questions) and the news articles of the summary set, plus
 * questions about the shipped seed story. {@code maxParagraphs}, when positive, takes only the
 * first articles or contexts of each up to about that many paragraphs (for quick checks of the
 * bench itself).
 */
final class SharedCorpora {

    /** Questions a reader of the seed story asks; the first is the quick start's. */
    static final List<String> SEED_QUESTIONS = List.of(
            "Who turned down the resignation?",
            "Which newspaper reported on the feud?",
            "Who wrote the Times report?",
            "How many countries are in the travel ban?",
            "Why did Trump feud with Sessions?",
            "What did Sarah Huckabee Sanders say?",
            "When did Sessions offer to resign?",
            "Who was put in charge of the opioid task force?",
            "Did Sessions offer to resign?",
            "What did Trump tweet about the Justice Department?",
            "Why did Sessions recuse himself?",
            "Which president battled with Janet Reno?",
            "How long was Trump's foreign trip?",
            "What did Sessions say at the press briefing?",
            "Who was unhappy about Chris Christie leading the task force?");

    final Path politics;
    final QaSet qa;
    final List<RawArticle> summaryArticles;
    private final int maxParagraphs;

    private SharedCorpora(Path politics, QaSet qa, List<RawArticle> summaryArticles, int maxParagraphs) {
        this.politics = politics;
        this.qa = qa;
        this.summaryArticles = List.copyOf(summaryArticles);
        this.maxParagraphs = maxParagraphs;
    }

    static SharedCorpora read(Path sharedDir, ObjectMapper json, int maxParagraphs) throws IOException {
        Path politics = existing(sharedDir.resolve("data/politics_2017.json"));
        QaSet qa = QaSet.read(existing(sharedDir.resolve("data/qa.json")), json);
        JsonNode summaries = json.readTree(existing(sharedDir.resolve("data/summaries.json")).toFile());
        List<RawArticle> articles = new ArrayList<>();
        for (JsonNode a : summaries) {
            List<RawArticle.Block> blocks = new ArrayList<>();
            a.path("article_paragraphs").forEach(p -> blocks.add(RawArticle.Block.text(p.asText())));
            if (!blocks.isEmpty()) {
                articles.add(new RawArticle(a.path("id").asText(null), null, null, null, a.path("dataset").asText(null),
                        null, blocks, "summaries.json"));
            }
        }
        if (maxParagraphs > 0) {
            qa = new QaSet(upTo(qa.contexts(), c -> c.paragraphs().size(), maxParagraphs));
            articles = upTo(articles, a -> a.blocks().size(), maxParagraphs);
        }
        return new SharedCorpora(politics, qa, articles, maxParagraphs);
    }

    /** The first items whose sizes add up to at most {@code max} (at least one item). */
    static <T> List<T> upTo(List<T> items, ToIntFunction<T> size, int max) {
        if (max <= 0) {
            return items;
        }
        List<T> taken = new ArrayList<>();
        int total = 0;
        for (T item : items) {
            int s = size.applyAsInt(item);
            if (!taken.isEmpty() && total + s > max) {
                break;
            }
            taken.add(item);
            total += s;
        }
        return taken;
    }

    int maxParagraphs() {
        return maxParagraphs;
    }

    /** Every real question: the seed story's and all of the SQuAD set's, answerable or not. */
    List<String> questions() {
        List<String> all = new ArrayList<>(SEED_QUESTIONS);
        qa.contexts().forEach(c -> c.questions().forEach(q -> all.add(q.question())));
        return all;
    }

    private static Path existing(Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "the bench reads this shared data file");
        }
        return file;
    }
}
