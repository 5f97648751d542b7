package org.storybot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storybot.story.Authors;
import org.storybot.story.RawArticle;
import org.storybot.story.Text;

/**
 * Reads the article out of a web page: jsoup parses the HTML (in the charset the server named, else
 * the one the page declares, else UTF-8), the metadata comes from {@link PageMetadata}, and
 * Readability4J (a port of Mozilla's Readability) finds the article's own text, which
 * {@link ArticleBlocks} turns into paragraphs and headings for the story cleaner. Thread-safe.
 */
public final class PageReader {

    /** Fewer words than this is no article: a login wall, an error page, a page of links. */
    static final int MIN_ARTICLE_WORDS = 25;
    /**
     * What readers never see, removed before Readability looks: hidden elements, dialogs (cookie and
     * consent prompts among them), and elements named for cookie or consent notices. Mozilla's
     * Readability skips the hidden and the dialogs itself since 2019; the port predates that.
     */
    private static final String UNSEEN = "[hidden], [aria-hidden=true], [role=dialog], [role=alertdialog], "
            + "[aria-modal=true], dialog, [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden], "
            + "[id~=(?i)(cookie|consent|gdpr)], [class~=(?i)(cookie|consent|gdpr)]";
    /** The address Readability is given for a page read from a file: it only resolves links, which are not kept. */
    private static final String NO_ADDRESS = "http://localhost/";

    private final ObjectMapper json;

    public PageReader(ObjectMapper json) {
        this.json = json;
    }

    /** The page's article, ready for the cleaner; its id comes from the article's canonical address, if it has one. */
    public RawArticle read(WebPage page) throws PageException {
        Document document = parse(page);
        PageMetadata metadata = PageMetadata.read(document, page.url(), json);
        document.select(UNSEEN).stream().filter(e -> !e.normalName().matches("html|body|main|article")).forEach(Element::remove);
        Article article;
        try {
            article = new Readability4J(page.url() == null ? NO_ADDRESS : page.url().toString(), document).parse();
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageException("no article could be read from the page (" + e.getClass().getSimpleName() + ")");
        }
        Element content = article.getArticleContent();
        List<RawArticle.Block> blocks = content == null ? List.of() : ArticleBlocks.of(content);
        int words = blocks.stream().mapToInt(b -> Text.wordCount(b.text())).sum();
        if (words < MIN_ARTICLE_WORDS) {
            throw new PageException("no article found on the page");
        }
        List<String> authors = metadata.authors().isEmpty() ? Bylines.names(article.getByline(), metadata.siteName())
                : metadata.authors();
        String title = metadata.title() != null ? metadata.title() : Text.normalize(article.getTitle());
        String id = metadata.url() == null ? null : StoryIds.of(URI.create(metadata.url()));
        return new RawArticle(id, title.isEmpty() ? null : title, metadata.date(), Authors.join(authors),
                metadata.siteName(), metadata.url(), metadata.language(), blocks, page.origin());
    }

    private static Document parse(WebPage page) throws PageException {
        String base = page.url() == null ? "" : page.url().toString();
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.html()), page.charset(), base);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return parseDeclared(page, base); // the server named a charset this JVM does not know
        } catch (IOException | UncheckedIOException e) {
            throw new PageException("the page cannot be read as HTML (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Document parseDeclared(WebPage page, String base) throws PageException {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.html()), null, base);
        } catch (IOException | RuntimeException e) {
            throw new PageException("the page cannot be read as HTML (" + e.getClass().getSimpleName() + ")");
        }
    }
}
