package org.storybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storybot.answer.Summarizer;
import org.storybot.answer.SummaryLength;
import org.storybot.ingest.Ingestor;
import org.storybot.retrieval.Library;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.story.RawArticle;
import org.storybot.story.Story;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;
import org.storybot.story.Text;

/**
 * ROUGE of storybot's summaries against the reference summaries of a summaries file (the format
 * of shared/data/summaries.json: CNN highlights, XSum one-sentence summaries) at the word budgets
 * of {@code short} and {@code medium}, beside the first 60 (and 150) words of each article scored
 * in the same run. Each data set is reported whole and by half (odd and even articles in file
 * order), so that what was chosen on one half can be reported on the other.
 */
public final class SummaryEvaluation {

    /**
     * Mean F1 scores (0..100) of storybot and of the article's first words, over the articles of one
     * data set and half, and a 95% interval of storybot's ROUGE-1 gain over the lead (see {@link Bootstrap}).
     */
    public record Row(String dataset, String half, SummaryLength length, int articles, Rouge.Scores storybot,
            Rouge.Scores lead, double storybotWords, Bootstrap.Interval rouge1Gain) {
    }

    public record Result(List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }

        /** The row of {@code dataset} (a prefix), {@code half} ("all", "odd", "even") and {@code length}. */
        public Row row(String dataset, String half, SummaryLength length) {
            return rows.stream().filter(r -> r.dataset().startsWith(dataset) && r.half().equals(half) && r.length() == length)
                    .findFirst().orElseThrow();
        }
    }

    /** The data sets reported, by the prefix of their {@code dataset} field. */
    public static final List<String> DATASETS = List.of("CNN", "XSum");
    public static final List<SummaryLength> LENGTHS = List.of(SummaryLength.SHORT, SummaryLength.MEDIUM);
    private static final List<String> HALVES = List.of("all", "odd", "even");

    private record Scored(String dataset, int index, SummaryLength length, Rouge.Scores ours, Rouge.Scores lead, int words) {
    }

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

    public Result run(Path file, ObjectMapper json) throws IOException, StoryFormatException {
        JsonNode root = json.readTree(file.toFile());
        List<Scored> scored = new ArrayList<>();
        for (String dataset : DATASETS) {
            int index = 0;
            for (JsonNode article : root) {
                if (!article.path("dataset").asText().startsWith(dataset)) {
                    continue;
                }
                index++;
                StoredStory stored = store(file, article);
                List<String> reference = new ArrayList<>();
                article.path("highlights").forEach(h -> reference.add(h.asText()));
                for (SummaryLength length : LENGTHS) {
                    List<String> ours = summarizer.pieces(stored, length);
                    scored.add(new Scored(dataset, index, length, Rouge.score(reference, ours),
                            Rouge.score(reference, firstWords(stored, length.maxWords())),
                            ours.stream().mapToInt(Text::wordCount).sum()));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String dataset : DATASETS) {
            for (SummaryLength length : LENGTHS) {
                for (String half : HALVES) {
                    List<Scored> in = scored.stream().filter(s -> s.dataset().equals(dataset) && s.length() == length
                            && (half.equals("all") || (s.index() % 2 == 1) == half.equals("odd"))).toList();
                    if (!in.isEmpty()) {
                        rows.add(new Row(dataset, half, length, in.size(), mean(in.stream().map(Scored::ours).toList()),
                                mean(in.stream().map(Scored::lead).toList()), in.stream().mapToInt(Scored::words).average()
                                .orElse(0), Bootstrap.ofMeanGain(in.stream().mapToDouble(x -> 100 * (x.ours().rouge1()
                                        - x.lead().rouge1())).toArray())));
                    }
                }
            }
        }
        return new Result(rows);
    }

    private StoredStory store(Path file, JsonNode article) throws StoryFormatException {
        String id = article.path("id").asText();
        List<RawArticle.Block> blocks = new ArrayList<>();
        article.path("article_paragraphs").forEach(p -> blocks.add(RawArticle.Block.text(p.asText())));
        // The articles have no titles; a plain one keeps an id's hex digits out of the sentence embeddings.
        String title = article.path("dataset").asText().replaceAll("\\s*\\(.*$", "") + " news story";
        Story story = cleaner.clean(new RawArticle(id, title, null, null, null, null, blocks, file.toString()), id);
        ingestor.save(file.toString(), story);
        return library.storedStory(id).orElseThrow();
    }

    /** The story's first {@code words} words, as sentences, the last one cut where the words run out. */
    static List<String> firstWords(StoredStory story, int words) {
        List<String> lead = new ArrayList<>();
        int left = words;
        for (StoredParagraph p : story.paragraphs()) {
            for (StoredParagraph.StoredSentence s : p.sentences()) {
                if (left <= 0) {
                    return lead;
                }
                String[] w = s.text().strip().split("\\s+");
                lead.add(String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, left))));
                left -= w.length;
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

    /** A row as the command prints it. */
    public static String format(Row r) {
        return String.format(Locale.ROOT, "%-5s %-6s %-4s %3d  %5.1f %5.1f %5.1f   %5.1f %5.1f %5.1f   %5.0f   %+5.1f [%+5.1f, %+5.1f]",
                r.dataset(), r.length().label(), r.half(), r.articles(), r.storybot().rouge1(), r.storybot().rouge2(),
                r.storybot().rougeLsum(), r.lead().rouge1(), r.lead().rouge2(), r.lead().rougeLsum(), r.storybotWords(),
                r.storybot().rouge1() - r.lead().rouge1(), r.rouge1Gain().low(), r.rouge1Gain().high());
    }
}
