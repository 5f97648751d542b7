package org.storybot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.storybot.story.RawArticle;
import org.storybot.story.Story;
import org.storybot.support.TestLibrary;

/** Reading articles and their details out of web pages, with the real jsoup and Readability4J. */
class PageReaderTest {

    private static final URI FETCHED = URI.create("https://www.coastal-gazette.example/news/2024/03/harbour-pilots-strike?utm_source=feed");
    private final PageReader reader = TestLibrary.pages();

    @Test
    void should_keep_the_article_paragraphs_and_headings_and_nothing_around_them() throws Exception {
        Story story = TestLibrary.cleaner().clean(reader.read(harbour()), "fallback");

        assertThat(story.paragraphs()).extracting(p -> p.text().substring(0, 30)).containsExactly(
                "Harbour pilots at the port of ", "The pilots' union said its mem", "The port authority said it had",
                "“We want the ships moving agai", "Talks between the two sides ar");
        assertThat(story.paragraphs().get(2).section()).isEqualTo("Port authority responds");
        String all = String.join("\n", story.paragraphs().stream().map(p -> p.text()).toList());
        assertThat(all).doesNotContain("cookies", "Share on", "Advertisement", "Related", "Ferry fares", "Reader42",
                "Photo: Gazette", "Home", "rights reserved");
    }

    @Test
    void should_read_the_details_from_json_ld_open_graph_and_the_page() throws Exception {
        RawArticle article = reader.read(harbour());

        assertThat(article.title()).isEqualTo("Harbour pilots strike over night shifts");
        assertThat(article.authors()).isEqualTo("Morag Lindqvist, Tomas Ferreira");
        assertThat(article.date()).isEqualTo("2024-03-14");
        assertThat(article.source()).isEqualTo("The Coastal Gazette");
        assertThat(article.url()).isEqualTo("https://www.coastal-gazette.example/news/2024/03/harbour-pilots-strike");
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.id()).matches("coastal-gazette-example-news-2024-03-harbour-pilots-str-[0-9a-f]{8}")
                .isEqualTo(StoryIds.of(URI.create("https://coastal-gazette.example/news/2024/03/harbour-pilots-strike/")));
    }

    @Test
    void should_fall_back_to_meta_tags_time_elements_and_the_title_without_the_site_name() throws Exception {
        String html = "<html lang='fr'><head><title>Le port rouvre - Gazette du Port</title>"
                + "<meta name='author' content='By JEANNE MARTIN and Paul Roux'><meta property='og:site_name' content='Gazette du Port'>"
                + "</head><body><article><time datetime='2023-11-02T10:00:00+01:00'>2 novembre</time>" + paragraphs(3) + "</article></body></html>";

        RawArticle article = reader.read(page(html, "utf-8", URI.create("http://gazette.example/port?id=7")));

        assertThat(article.title()).isEqualTo("Le port rouvre");
        assertThat(article.authors()).isEqualTo("Jeanne Martin, Paul Roux");
        assertThat(article.date()).isEqualTo("2023-11-02");
        assertThat(article.source()).isEqualTo("Gazette du Port");
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.url()).isEqualTo("http://gazette.example/port?id=7"); // no canonical: the address it came from
    }

    @Test
    void should_read_the_charset_the_server_names_else_the_one_the_page_declares() throws Exception {
        String body = "<html><head><title>Café society</title></head><body><article>" + paragraphs(2)
                + "<p>The café on the corner served crème brûlée to every reader of this long paragraph of text.</p></article></body></html>";
        Charset latin1 = StandardCharsets.ISO_8859_1;

        assertThat(text(reader.read(new WebPage(body.getBytes(latin1), "ISO-8859-1", null, "page")))).contains("crème brûlée");
        String declared = body.replace("<head>", "<head><meta charset='windows-1252'>");
        assertThat(text(reader.read(new WebPage(declared.getBytes(Charset.forName("windows-1252")), null, null, "file"))))
                .contains("crème brûlée");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>", "<html><body></body></html>", "<p>Too short.</p>",
        "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>",
        "<<<>>><div><p>unclosed <b>bold <i>mess</div></p></p></html><html>", "\u0000\u0001binary\u00ff"})
    void should_say_no_article_was_found_on_pages_without_one_and_never_crash(String html) {
        assertThatThrownBy(() -> reader.read(page(html, "utf-8", null))).isInstanceOf(PageException.class)
                .hasMessage("no article found on the page");
    }

    @Test
    void should_read_an_article_out_of_broken_html() throws Exception {
        String html = "<html><head><title>Broken but readable</title><body><div><p>" + paragraphs(3).replace("</p>", "")
                + "<table><tr><td>unclosed";

        assertThat(text(reader.read(page(html, null, null)))).contains("Sentence number 2 of a paragraph");
    }

    private static String text(RawArticle article) {
        return String.join("\n", article.blocks().stream().map(RawArticle.Block::text).toList());
    }

    private static String paragraphs(int n) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            html.append("<p>Sentence number ").append(i).append(" of a paragraph that is long enough to be read as the body of ")
                    .append("an article, with a comma, and more words after it.</p>");
        }
        return html.toString();
    }

    private static WebPage page(String html, String charset, URI url) {
        return new WebPage(html.getBytes(StandardCharsets.UTF_8), charset, url, url == null ? "page.html" : url.toString());
    }

    private static WebPage harbour() throws IOException {
        try (InputStream in = PageReaderTest.class.getResourceAsStream("/web/harbour-article.html")) {
            return new WebPage(in.readAllBytes(), null, FETCHED, FETCHED.toString());
        }
    }
}
