package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storybot.story.Paragraph;

class MessageSplitterTest {

    private static final int LIMIT = MessageSplitter.DISCORD_LIMIT;

    @Test
    void should_keep_a_message_that_fits_whole() {
        String paragraph = SeedStory.story().paragraph(1).text();

        assertThat(MessageSplitter.split(paragraph, LIMIT)).containsExactly(paragraph);
    }

    @Test
    void should_split_the_seed_story_between_paragraphs() {
        String story = SeedStory.text();

        List<String> parts = MessageSplitter.split(story, LIMIT);

        assertThat(story.length()).isGreaterThan(LIMIT);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(LIMIT));
        assertThat(String.join("\n\n", parts)).isEqualTo(story);
        List<String> paragraphs = SeedStory.story().paragraphs().stream().map(Paragraph::text).toList();
        assertThat(parts).allSatisfy(p -> assertThat(paragraphs).contains(p.substring(p.lastIndexOf("\n\n") + 2)));
    }

    @Test
    void should_split_one_long_line_between_sentences() {
        String line = SeedStory.text().replace("\n\n", " ");

        List<String> parts = MessageSplitter.split(line, LIMIT);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(LIMIT));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p).matches("(?s).*[.?!][”\"]?"));
        assertThat(String.join(" ", parts)).isEqualTo(line);
    }

    @Test
    void should_close_and_reopen_bold_text_cut_across_messages() {
        String bold = "**" + SeedStory.text().replace("\n\n", " ") + "**";

        List<String> parts = MessageSplitter.split(bold, LIMIT);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p).startsWith("**").endsWith("**");
            assertThat(count(p, "**") % 2).isZero();
            assertThat(p.length()).isLessThanOrEqualTo(LIMIT);
        });
    }

    @Test
    void should_keep_a_cut_quote_line_a_quote_in_every_message() {
        String quote = "> " + SeedStory.text().replace("\n\n", " ");

        List<String> parts = MessageSplitter.split(quote, LIMIT);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).startsWith("> "));
    }

    @Test
    void should_close_a_code_block_at_the_cut_and_reopen_it_with_its_language() {
        StringBuilder code = new StringBuilder("Here is the config:\n```yaml\n");
        for (int i = 0; i < 150; i++) {
            code.append("key").append(i).append(": value number ").append(i).append('\n');
        }
        code.append("```\nThat is all.");

        List<String> parts = MessageSplitter.split(code.toString(), LIMIT);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts.get(0)).endsWith("\n```");
        assertThat(parts.subList(1, parts.size())).allSatisfy(p -> assertThat(p).startsWith("```yaml\n"));
        assertThat(parts).allSatisfy(p -> assertThat(count(p, "```") % 2).isZero());
        assertThat(parts.get(parts.size() - 1)).endsWith("```\nThat is all.");
    }

    @Test
    void should_not_take_escaped_markdown_for_formatting() {
        String escaped = DiscordMarkdown.escape("Shares of *Acme_Corp* fell; ".repeat(120));

        List<String> parts = MessageSplitter.split(escaped, LIMIT);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(String.join(" ", parts)).isEqualTo(escaped.strip());
    }

    @Test
    void should_cut_one_huge_word_without_splitting_a_character() {
        String word = "📰".repeat(1500); // 3,000 UTF-16 units, no space anywhere

        List<String> parts = MessageSplitter.split(word, LIMIT);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(LIMIT);
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(word);
    }

    private static int count(String text, String marker) {
        Matcher m = Pattern.compile(Pattern.quote(marker)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
