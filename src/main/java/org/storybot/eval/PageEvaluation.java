package org.storybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.storybot.ingest.IngestResult;
import org.storybot.ingest.Ingestor;
import org.storybot.retrieval.Library;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.web.HtmlText;
import org.storybot.web.PageException;
import org.storybot.web.WebPage;

/**
 * How well web pages become stories, against pages in the layout of Mozilla Readability's test
 * suite (a folder per page: {@code source.html}, {@code expected.html}, {@code expected-metadata.json}):
 * each page is ingested from its file as a fetched page is, and its stored text (paragraphs and
 * section headings) is compared with the expected article's, its title with the expected title, and
 * its authors with the expected byline's names.
 */
public final class PageEvaluation {

    /** The targets. */
    public static final double TARGET_MEDIAN_F1 = 0.90;
    public static final double TARGET_MIN_F1 = 0.70;

    private final Ingestor ingestor;
    private final Library library;
    private final ObjectMapper json;
    private final long maxBytes;

    public PageEvaluation(Ingestor ingestor, Library library, ObjectMapper json, long maxBytes) {
        this.ingestor = ingestor;
        this.library = library;
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /**
     * One page's figures. {@code bylineFound} is null when no personal byline is expected (none, or
     * the outlet's own name); {@code error} is why the page gave no story, else null.
     */
    public record PageScore(String page, double f1, boolean titleMatches, String title, String expectedTitle,
            Boolean bylineFound, List<String> expectedNames, String authors, int paragraphs, String error) {
    }

    public record Result(List<PageScore> pages) {

        public Result {
            pages = List.copyOf(pages);
        }

        public double medianF1() {
            double[] f1 = pages.stream().mapToDouble(PageScore::f1).sorted().toArray();
            int n = f1.length;
            return n == 0 ? 0 : n % 2 == 1 ? f1[n / 2] : (f1[n / 2 - 1] + f1[n / 2]) / 2;
        }

        public PageScore worst() {
            return pages.stream().min(Comparator.comparingDouble(PageScore::f1)).orElse(null);
        }

        public long titlesMatched() {
            return pages.stream().filter(PageScore::titleMatches).count();
        }

        public long bylinesExpected() {
            return pages.stream().filter(p -> p.bylineFound() != null).count();
        }

        public long bylinesFound() {
            return pages.stream().filter(p -> Boolean.TRUE.equals(p.bylineFound())).count();
        }
    }

    /** Every page folder of {@code dir}, in name order. */
    public Result run(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        List<PageScore> scores = new ArrayList<>();
        for (Path folder : folders) {
            scores.add(score(folder));
        }
        return new Result(scores);
    }

    private PageScore score(Path folder) throws IOException {
        String page = folder.getFileName().toString();
        JsonNode expected = json.readTree(folder.resolve("expected-metadata.json").toFile());
        String expectedTitle = expected.path("title").asText("");
        String site = expected.path("siteName").isTextual() ? expected.path("siteName").asText() : null;
        List<String> names = Byline.personalNames(expected.path("byline").isTextual() ? expected.path("byline").asText() : null, site);
        String reference = HtmlText.of(Files.readString(folder.resolve("expected.html")));
        IngestResult result;
        try {
            result = ingestor.ingestPage(WebPage.ofFile(folder.resolve("source.html"), maxBytes));
        } catch (PageException e) {
            result = IngestResult.failed(page, e.getMessage());
        }
        StoredStory story = result.failed() ? null : library.storedStory(result.storyId()).orElse(null);
        if (story == null) {
            return new PageScore(page, 0, false, null, expectedTitle, names.isEmpty() ? null : false, names, null, 0,
                    Objects.requireNonNullElse(result.error(), "not stored"));
        }
        String authors = story.info().authors();
        Boolean bylineFound = names.isEmpty() ? null : names.stream().allMatch(n -> Byline.holds(authors, n));
        return new PageScore(page, BagOfWords.f1(storedText(story), reference),
                Titles.match(story.title(), expectedTitle, site), story.title(), expectedTitle, bylineFound, names, authors,
                story.paragraphs().size(), null);
    }

    /** What the story holds as text: each section heading once, and every paragraph. */
    static String storedText(StoredStory story) {
        StringBuilder text = new StringBuilder();
        String section = null;
        for (StoredParagraph p : story.paragraphs()) {
            if (p.section() != null && !p.section().equals(section)) {
                text.append(p.section()).append('\n');
            }
            section = p.section();
            text.append(p.text()).append('\n');
        }
        return text.toString();
    }
}
