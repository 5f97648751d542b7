package org.storybot.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.embedding.Embedder;
import org.storybot.retrieval.Library;
import org.storybot.store.Database;
import org.storybot.store.StoryInfo;
import org.storybot.store.StoryVectors;
import org.storybot.story.Paragraph;
import org.storybot.story.RawArticle;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;
import org.storybot.story.StoryReader;
import org.storybot.story.Text;
import org.storybot.web.PageException;
import org.storybot.web.PageReader;
import org.storybot.web.StoryIds;
import org.storybot.web.WebPage;

/**
 * Brings articles into the library: read (article files, or web pages through the {@link PageReader}),
 * clean, embed (once, here), save. Each story is saved in its own transaction, so one bad file never
 * stops the others and never leaves half a story.
 */
public final class Ingestor {

    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);
    private static final String SEEDED = "library.seeded";

    /** Web pages saved as files, read like pages fetched from a link. */
    static final List<String> PAGE_EXTENSIONS = List.of(".html", ".htm");

    private final StoryReader reader;
    private final PageReader pages;
    private final StoryCleaner cleaner;
    private final Embedder embedder;
    private final Library library;
    private final Database settings;

    public Ingestor(StoryReader reader, PageReader pages, StoryCleaner cleaner, Embedder embedder, Library library,
            Database settings) {
        this.reader = reader;
        this.pages = pages;
        this.cleaner = cleaner;
        this.embedder = embedder;
        this.library = library;
        this.settings = settings;
    }

    /** Ingests files and folders (searched recursively for .txt, .md, .json, .html and .htm), one result per story or failure. */
    public List<IngestResult> ingest(List<Path> paths) {
        List<IngestResult> results = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                results.add(IngestResult.failed(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                List<Path> files;
                try {
                    files = articleFiles(path);
                } catch (IOException e) {
                    results.add(IngestResult.failed(path.toString(), "cannot be listed: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    results.add(IngestResult.failed(path.toString(), "holds no .txt, .md, .json, .html or .htm files"));
                }
                files.forEach(f -> results.addAll(ingestFile(f)));
            } else {
                results.addAll(ingestFile(path));
            }
        }
        if (results.stream().anyMatch(IngestResult::changed)) {
            library.compact(); // a bulk change: searches visit one index segment again
        }
        return results;
    }

    /** Parses and saves the articles of one file. */
    public List<IngestResult> ingestFile(Path file) {
        List<Story> stories;
        try {
            stories = parse(file);
        } catch (StoryFormatException e) {
            return List.of(IngestResult.failed(file.toString(), e.getMessage()));
        }
        List<IngestResult> results = new ArrayList<>();
        for (Story story : stories) {
            results.add(save(file.toString(), story));
        }
        return results;
    }

    /** Reads and cleans every article of a file; nothing is saved. */
    public List<Story> parse(Path file) throws StoryFormatException {
        String fileSlug = Text.slug(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        if (isPageFile(file)) {
            try {
                return List.of(page(WebPage.ofFile(file, reader.maxFileBytes()), fileSlug));
            } catch (PageException e) {
                throw new StoryFormatException(e.getMessage());
            }
        }
        List<RawArticle> articles = reader.read(file);
        List<Story> stories = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            RawArticle article = articles.get(i);
            String fallback = articles.size() == 1 && article.id() == null ? fileSlug : fallbackId(article, fileSlug, i);
            Story story;
            try {
                story = cleaner.clean(article, fallback.isEmpty() ? "story" : fallback);
            } catch (StoryFormatException e) {
                throw new StoryFormatException(articles.size() == 1 ? e.getMessage()
                        : "article " + (i + 1) + " " + e.getMessage());
            }
            String id = story.id();
            for (int n = 2; !ids.add(id); n++) {
                id = story.id() + "-" + n;
            }
            stories.add(id.equals(story.id()) ? story : story.withId(id));
        }
        return stories;
    }

    /** A web page's story, its id from the page's canonical address, else {@code fallbackId}. */
    public Story page(WebPage page, String fallbackId) throws PageException, StoryFormatException {
        return cleaner.clean(pages.read(page), fallbackId.isEmpty() ? "page" : fallbackId);
    }

    /** Reads, cleans and saves a fetched page; its failure is one line. */
    public IngestResult ingestPage(WebPage page) {
        Story story;
        try {
            story = page(page, page.url() != null ? StoryIds.of(page.url()) : fileId(page.origin()));
        } catch (PageException | StoryFormatException e) {
            return IngestResult.failed(page.origin(), e.getMessage());
        }
        return save(page.origin(), story);
    }

    /** A page read from a file, without a canonical link: its folder and name, "webmd-1-source" for webmd-1/source.html. */
    private static String fileId(String origin) {
        String[] parts = origin.replace('\\', '/').replaceFirst("\\.[^./]+$", "").split("/");
        return Text.slug(parts.length > 1 ? parts[parts.length - 2] + " " + parts[parts.length - 1] : parts[0]);
    }

    private static boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return PAGE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static String fallbackId(RawArticle article, String fileSlug, int index) {
        String fromTitle = article.title() == null ? "" : Text.slug(article.title());
        return fromTitle.isEmpty() ? fileSlug + "-" + (index + 1) : fromTitle;
    }

    /** Saves one cleaned story, embedding it only when its text is new or changed. */
    public IngestResult save(String file, Story story) {
        if (library.info(story.id()).map(StoryInfo::contentHash).filter(story.contentHash()::equals).isPresent()) {
            return result(file, IngestResult.Outcome.UNCHANGED, story);
        }
        Library.SaveOutcome outcome = library.save(story, embed(story));
        log.debug("{} {} ({} paragraphs)", outcome, story.id(), story.paragraphs().size());
        return result(file, switch (outcome) {
            case ADDED -> IngestResult.Outcome.ADDED;
            case REPLACED -> IngestResult.Outcome.REPLACED;
            case UNCHANGED -> IngestResult.Outcome.UNCHANGED;
        }, story);
    }

    /**
     * Paragraph and sentence vectors, computed in one batch so the model uses every core. A sentence
     * is embedded with its story's title and section heading before it: alone, "It was signed in
     * 1598" says too little of what it is about, and the headings supply that context.
     */
    public StoryVectors embed(Story story) {
        List<String> texts = new ArrayList<>();
        for (Paragraph p : story.paragraphs()) {
            texts.add(p.text());
            String context = p.section() == null ? story.title() : story.title() + " — " + p.section();
            p.sentences().forEach(s -> texts.add(context + ": " + s.text()));
        }
        List<float[]> vectors = embedder.embedPassages(texts);
        List<float[]> paragraphs = new ArrayList<>();
        List<List<float[]>> sentences = new ArrayList<>();
        int i = 0;
        for (Paragraph p : story.paragraphs()) {
            paragraphs.add(vectors.get(i++));
            List<float[]> own = new ArrayList<>();
            for (Sentence ignored : p.sentences()) {
                own.add(vectors.get(i++));
            }
            sentences.add(own);
        }
        return new StoryVectors(paragraphs, sentences);
    }

    /**
     * On a new library, ingests the shipped stories once. A library that was seeded before is left
     * alone, so a story the user removed does not come back.
     */
    public List<IngestResult> seedIfNew(Path storiesDir) {
        if (settings.setting(SEEDED).isPresent()) {
            return List.of();
        }
        List<IngestResult> results = Files.isDirectory(storiesDir) ? ingest(List.of(storiesDir)) : List.of();
        results.stream().filter(IngestResult::failed)
                .forEach(r -> log.warn("could not ingest shipped story {}: {}", r.file(), r.error()));
        settings.putSetting(SEEDED, "true");
        return results;
    }

    private static IngestResult result(String file, IngestResult.Outcome outcome, Story story) {
        return new IngestResult(file, outcome, story.id(), story.title(), story.paragraphs().size(), null);
    }

    private static List<Path> articleFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(f -> StoryReader.isArticleFile(f) || isPageFile(f)).sorted().toList();
        }
    }
}
