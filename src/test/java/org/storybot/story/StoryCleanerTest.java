package org.storybot.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

class StoryCleanerTest {

    private static Story seed;

    @BeforeAll
    static void readSeed() throws StoryFormatException {
        Path file = SharedData.seedStory();
        List<RawArticle> raw = TestLibrary.reader().read(file);
        seed = TestLibrary.cleaner().clean(raw.get(0), "sessions-offered-resignation");
    }

    @Test
    void should_keep_a_title_repeated_as_the_first_lines_once() {
        assertThat(seed.title()).isEqualTo("Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks");
        assertThat(seed.paragraphs()).noneMatch(p -> p.text().equals(seed.title()));
    }

    @Test
    void should_tell_the_two_section_headings_of_the_seed_story_from_paragraphs() {
        assertThat(seed.paragraphs().stream().map(Paragraph::section).distinct()).containsExactly(
                null, "Anonymous Sources in the New York Times Report", "Public Signs of Disagreement");
        assertThat(seed.paragraphs()).noneMatch(p -> p.text().startsWith("Anonymous Sources in")
                || p.text().equals("Public Signs of Disagreement"));
        assertThat(seed.paragraph(3).section()).isEqualTo("Anonymous Sources in the New York Times Report");
        assertThat(seed.paragraph(6).section()).isEqualTo("Public Signs of Disagreement");
    }

    @Test
    void should_split_off_a_photo_caption_glued_to_the_first_word() {
        assertThat(seed.paragraph(1).text()).startsWith("Insiders who were briefed on a discussion between President Trump");
        assertThat(seed.paragraph(1).sentences().get(0).text()).startsWith("Insiders who were briefed");
    }

    @Test
    void should_number_body_paragraphs_one_to_n() {
        assertThat(seed.paragraphs()).hasSize(9);
        for (int i = 0; i < seed.paragraphs().size(); i++) {
            assertThat(seed.paragraphs().get(i).number()).isEqualTo(i + 1);
        }
        assertThat(seed.paragraph(9).text()).startsWith("Sessions has also expressed unhappiness");
    }

    @Test
    void should_split_sentences_with_offsets_into_the_paragraph_text() {
        for (Paragraph p : seed.paragraphs()) {
            assertThat(p.sentences()).isNotEmpty();
            for (Sentence s : p.sentences()) {
                assertThat(p.text().substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
        assertThat(seed.paragraph(1).sentences()).extracting(Sentence::text).contains(
                "The President allegedly turned down the Attorney General’s offer.");
    }

    @Test
    void should_give_the_same_text_the_same_numbers_and_hash() throws StoryFormatException {
        Story again = TestLibrary.cleaner().clean(TestLibrary.reader().read(SharedData.seedStory()).get(0),
                "sessions-offered-resignation");
        assertThat(again).isEqualTo(seed);
    }

    @Test
    void should_drop_scraper_boilerplate_from_real_articles() throws StoryFormatException {
        List<RawArticle> raw = TestLibrary.reader().read(SharedData.require("data/politics_2017.json"));
        List<String> blocks = raw.stream().flatMap(a -> a.blocks().stream()).map(RawArticle.Block::text).toList();
        assertThat(blocks).as("the real corpus holds the boilerplate this test is about")
                .contains("Advertisement", "Story Continued Below")
                .anyMatch(b -> b.startsWith("Enlarge this image toggle caption"))
                .anyMatch(b -> b.endsWith("Read more"));

        List<String> kept = raw.stream().flatMap(a -> {
            try {
                return TestLibrary.cleaner().clean(a, "x").paragraphs().stream();
            } catch (StoryFormatException e) {
                throw new AssertionError(e);
            }
        }).map(Paragraph::text).toList();
        assertThat(kept).noneMatch(t -> t.equalsIgnoreCase("Advertisement"))
                .noneMatch(t -> t.equals("Story Continued Below"))
                .noneMatch(t -> t.startsWith("Enlarge this image"))
                .noneMatch(t -> t.endsWith("Read more"))
                .noneMatch(t -> t.startsWith("Sign up for Daily Newsletters"));
        assertThat(kept).as("real paragraphs survive").anyMatch(t -> t.startsWith("\"I abhor the Klan"));
    }

    @Test
    void should_not_split_names_that_merely_look_glued() throws StoryFormatException {
        RawArticle article = new RawArticle(null, "Leaks", null, null, null, null, List.of(
                RawArticle.Block.text("The WikiLeaks founder spoke to reporters on Monday about the documents."),
                RawArticle.Block.text("McDonald said the company would respond.")), null);
        Story story = TestLibrary.cleaner().clean(article, "leaks");
        assertThat(story.paragraph(1).text()).startsWith("The WikiLeaks founder");
        assertThat(story.paragraph(2).text()).startsWith("McDonald said");
    }

    @Test
    void should_recognise_short_unpunctuated_lines_between_paragraphs_as_headings() throws StoryFormatException {
        RawArticle article = new RawArticle(null, "A story", null, null, null, null, List.of(
                RawArticle.Block.text("The first paragraph has a full sentence."),
                RawArticle.Block.text("Russia and Trump"),
                RawArticle.Block.text("The second paragraph says more."),
                RawArticle.Block.text("\"Yes,\" Sessions said.")), null);
        Story story = TestLibrary.cleaner().clean(article, "a-story");
        assertThat(story.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The first paragraph has a full sentence.", "The second paragraph says more.", "\"Yes,\" Sessions said.");
        assertThat(story.paragraph(2).section()).isEqualTo("Russia and Trump");
    }
}
