package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storybot.answer.Citation;
import org.storybot.chat.Reply;
import org.storybot.store.StoryInfo;
import org.storybot.story.Paragraph;

/** How answers look on Discord, with the real seed story's text. */
class ReplyFormatterTest {

    private final ReplyFormatter format = new ReplyFormatter();

    @Test
    void should_show_the_answer_then_each_source_without_repeating_a_quote_the_answer_shows() {
        Citation turnedDown = SeedStory.cite(1, 1, 1);
        Reply answer = new Reply.Answered("Who turned down the resignation?",
                "The President [1]\n“" + turnedDown.quote() + "” [1]", null, List.of(turnedDown), null, 42, 12.5);

        Post post = format.reply(answer);

        assertThat(post.messages()).containsExactly("The President [1]\n"
                + "“The President allegedly turned down the Attorney General’s offer.” [1]\n\n"
                + "**Sources**\n"
                + "**[1]** Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks, paragraph 1");
        assertThat(post.answerId()).isEqualTo(42);
        assertThat(post.hasButtons()).isTrue();
    }

    @Test
    void should_quote_at_most_about_two_hundred_characters_cut_between_words() {
        Paragraph sanders = SeedStory.story().paragraphs().stream()
                .filter(p -> p.text().startsWith("White House representatives")).findFirst().orElseThrow();
        String longSentence = sanders.sentences().get(1).text();
        Citation cited = new Citation(1, SeedStory.ID, SeedStory.TITLE, sanders.number(), longSentence, sanders.text());

        String quote = Quotes.clip(cited.quote(), Quotes.MAX_QUOTE);
        Post post = format.reply(new Reply.Answered("q", "She said so [1]", null, List.of(cited), null, 1, 1));

        assertThat(longSentence.length()).isGreaterThan(Quotes.MAX_QUOTE);
        assertThat(quote).hasSizeLessThanOrEqualTo(Quotes.MAX_QUOTE).endsWith("…");
        assertThat(longSentence).startsWith(quote.substring(0, quote.length() - 1));
        assertThat(longSentence.charAt(quote.length() - 1)).isIn(' ', ',');
        assertThat(post.messages().get(0)).endsWith("> “" + quote + "”");
    }

    @Test
    void should_escape_markdown_in_story_text_but_keep_the_markers() {
        String paragraph = "Shares of *Acme_Corp* fell after the ~~rumour~~ on <@123>.";
        Citation cited = new Citation(1, "acme", "Acme *Q3* results", 2, paragraph, paragraph);

        Post post = format.reply(new Reply.Answered("q", "“" + paragraph + "” [1]", null, List.of(cited), null, 1, 1));

        assertThat(post.messages().get(0))
                .startsWith("“Shares of \\*Acme\\_Corp\\* fell after the \\~\\~rumour\\~\\~ on \\<@123>.” [1]")
                .contains("**[1]** Acme \\*Q3\\* results, paragraph 2");
    }

    @Test
    void should_show_what_the_story_does_say_when_it_abstains() {
        Reply abstained = new Reply.Abstained("Who won the election?", "The stories never mention “election”.",
                List.of(SeedStory.cite(1, 1, 1)), null, 7, 3);

        Post post = format.reply(abstained);

        assertThat(post.messages().get(0)).startsWith("The stories never mention “election”.\n\n"
                + "**What the stories do say nearby**\n**[1]** " + SeedStory.TITLE + ", paragraph 1\n"
                + "> “The President allegedly turned down");
        assertThat(post.answerId()).isEqualTo(7);
    }

    @Test
    void should_show_a_rejection_without_buttons() {
        Post post = format.reply(new Reply.Rejected("", "Please ask a question about the stories.", 9, 0));

        assertThat(post.messages()).containsExactly("Please ask a question about the stories.");
        assertThat(post.hasButtons()).isFalse();
    }

    @Test
    void should_split_a_long_answer_at_sentences_and_keep_every_message_within_the_limit() {
        StringBuilder text = new StringBuilder();
        for (Paragraph p : SeedStory.story().paragraphs()) {
            text.append(p.text()).append(" [1] ");
        }
        Citation cited = SeedStory.cite(1, 1, 0);

        Post post = format.reply(new Reply.Answered("q", text.toString().strip(), null, List.of(cited), "Composed offline.", 5, 1));

        assertThat(post.messages()).hasSizeGreaterThan(1)
                .allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(MessageSplitter.DISCORD_LIMIT));
        String last = post.messages().get(post.messages().size() - 1);
        assertThat(last).contains("**Sources**\n**[1]** " + SeedStory.TITLE).endsWith("*Composed offline.*");
        assertThat(String.join(" ", post.messages())).contains(SeedStory.story().paragraph(3).text());
    }

    @Test
    void should_show_the_whole_cited_paragraphs_as_quotes_for_show_sources() {
        Post post = format.sources(List.of(SeedStory.cite(1, 1, 1), SeedStory.cite(2, 3, 0)), "none");

        String text = String.join("\n", post.messages());
        assertThat(text).startsWith("**[1] " + SeedStory.TITLE + ", paragraph 1**\n> "
                + DiscordMarkdown.escape(SeedStory.story().paragraph(1).text()));
        assertThat(text).contains("\n\n**[2] " + SeedStory.TITLE + ", paragraph 3**\n> ");
        assertThat(format.sources(List.of(), "No answer here yet.").messages()).containsExactly("No answer here yet.");
    }

    @Test
    void should_list_stories_with_ids_titles_dates_and_paragraph_counts() {
        StoryInfo seed = new StoryInfo(SeedStory.ID, SeedStory.TITLE, "2017-06-07", null, null, null, null, null, 11, "h",
                OffsetDateTime.parse("2026-11-27T12:00:00Z"));

        Post post = format.stories(List.of(seed));

        assertThat(post.messages()).containsExactly("**1 story in the library**\n`sessions-offered-resignation` · "
                + SeedStory.TITLE + " (2017-06-07, 11 paragraphs)");
    }
}
