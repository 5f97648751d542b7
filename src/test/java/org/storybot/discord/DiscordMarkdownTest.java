package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    @Test
    void should_escape_every_inline_formatting_character() {
        String escaped = DiscordMarkdown.escape("*bold* _it_ ~~gone~~ `code` ||spoiler|| [link](https://x.test) <@123> a\\b");

        assertThat(escaped).isEqualTo(
                "\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](https://x.test) \\<@123> a\\\\b");
    }

    @Test
    void should_escape_headings_quotes_and_lists_only_at_the_start_of_a_line() {
        String escaped = DiscordMarkdown.escape("# Title\n> said\n- item\n  + more\n1. first\nscore 3-1 and 2. place");

        assertThat(escaped).isEqualTo("\\# Title\n\\> said\n\\- item\n  \\+ more\n1\\. first\nscore 3-1 and 2. place");
    }

    @Test
    void should_keep_citation_markers_while_escaping_the_rest() {
        String escaped = DiscordMarkdown.escapeKeepingMarkers("The *President* [1] turned it down [2]; see [note] [12]");

        assertThat(escaped).isEqualTo("The \\*President\\* [1] turned it down [2]; see \\[note\\] [12]");
    }

    @Test
    void should_escape_the_seed_story_losslessly() {
        String story = SeedStory.text() + "\n\n# A heading-like line with *stars*, _underscores_ and a [link](https://x.test)";

        String escaped = DiscordMarkdown.escape(story);

        assertThat(escaped.replaceAll("\\\\(\\p{Punct})", "$1")).isEqualTo(story);
        assertThat(escaped.replaceAll("\\\\\\p{Punct}", "")).doesNotContainPattern("[*_~`|\\[\\]<]");
    }
}
