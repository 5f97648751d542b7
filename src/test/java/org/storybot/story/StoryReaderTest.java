package org.storybot.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

class StoryReaderTest {

    @TempDir
    Path dir;

    private final StoryReader reader = TestLibrary.reader();

    @Test
    void should_read_the_2017_corpus_as_22_articles_with_their_metadata() throws Exception {
        List<RawArticle> articles = reader.read(SharedData.require("data/politics_2017.json"));
        assertThat(articles).hasSize(22);
        RawArticle first = articles.get(0);
        assertThat(first.id()).isEqualTo("allsides-9rqLoWFukSSQ10LN");
        assertThat(first.title()).isEqualTo("Trump AG nominee Jeff Sessions faces grilling in Senate hearing");
        assertThat(first.date()).isEqualTo("2017-01-10");
        assertThat(first.source()).isEqualTo("CNN (Web News)");
        assertThat(first.authors()).isEqualTo("Tal Kopan");
    }

    @Test
    void should_read_a_single_json_article_with_article_text() throws Exception {
        Path file = write("one.json", "{\"title\":\"Hello\",\"authors\":[\"A\",\"B\"],"
                + "\"article\":\"First paragraph.\\n\\nSecond paragraph.\"}");
        RawArticle article = reader.read(file).get(0);
        assertThat(article.blocks()).extracting(RawArticle.Block::text).containsExactly("First paragraph.", "Second paragraph.");
        assertThat(article.authors()).isEqualTo("A, B");
    }

    @Test
    void should_read_markdown_headings_and_strip_markup() throws Exception {
        Path file = write("story.md", "# The Title\n\nSome **bold** text with a [link](http://x).\n\n## Section\n\nMore text.\n");
        RawArticle article = reader.read(file).get(0);
        assertThat(article.blocks()).containsExactly(new RawArticle.Block("The Title", true),
                RawArticle.Block.text("Some bold text with a link."), new RawArticle.Block("Section", true),
                RawArticle.Block.text("More text."));
    }

    @Test
    void should_refuse_an_empty_file() throws Exception {
        assertRefused(write("empty.txt", ""), "is empty");
    }

    @Test
    void should_refuse_a_binary_file() throws Exception {
        Path file = dir.resolve("photo.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertRefused(file, "looks like a binary file");
    }

    @Test
    void should_refuse_invalid_json_saying_where() throws Exception {
        assertRefused(write("bad.json", "{\"title\": \"x\",\n \"paragraphs\": [\"a\",]"), "is not valid JSON (line 2");
    }

    @Test
    void should_refuse_json_without_a_title_or_text() throws Exception {
        assertRefused(write("notitle.json", "[{\"paragraphs\":[\"x\"]}]"), "article 1 of the array has no \"title\"");
        assertRefused(write("notext.json", "{\"title\":\"T\"}"), "has no \"paragraphs\", \"article\" or \"content\" text");
    }

    @Test
    void should_refuse_a_100_MB_file_without_reading_it() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        assertRefused(file, "is 100.0 MB, over the 10.0 MB limit");
    }

    @Test
    void should_refuse_text_that_is_not_utf8() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 society".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertRefused(file, "is not valid UTF-8");
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(StoryFormatException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
