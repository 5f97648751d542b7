package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.discord.FakeDiscord.Call;

/** /quote against the fake Discord: registered with its options, answered Markdown-safe, within one message, pinging nobody. */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class QuoteSlashCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_check_a_quotation_and_name_who_the_story_says_spoke_it() throws Exception {
        try (BotAgainstFake fake = new BotAgainstFake(dir)) {
            FakeDiscord discord = fake.discord;
            Call put = discord.await(c -> c.method().equals("PUT"));
            FakeDiscord.Interaction close = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "quote",
                    Map.of("text", "The President allegedly refused the Attorney General's offer", "speaker", "*Trump* @everyone"));
            Call closeReply = discord.await(c -> c.is("PATCH", close.originalPath()));
            FakeDiscord.Interaction none = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "quote",
                    Map.of("text", "I will never resign, whatever the president tweets"));
            Call noneReply = discord.await(c -> c.is("PATCH", none.originalPath()));

            JsonNode quote = StreamSupport.stream(put.body().spliterator(), false)
                    .filter(c -> c.path("name").asText().equals("quote")).findFirst().orElseThrow();
            assertThat(quote.path("options").get(0).path("name").asText()).isEqualTo("text");
            assertThat(quote.path("options").get(0).path("required").asBoolean()).isTrue();
            assertThat(quote.path("options").get(1).path("name").asText()).isEqualTo("speaker");
            assertThat(quote.path("options").get(1).path("required").asBoolean()).isFalse();

            assertThat(closeReply.content()).startsWith("Not word for word: the nearest passage")
                    .contains("reads “The President allegedly turned down the Attorney General’s offer”")
                    .contains("where you wrote 'refused'").contains("not whether \\*Trump\\* @everyone did")
                    .contains("**Source**").hasSizeLessThanOrEqualTo(2000);
            assertThat(closeReply.body().path("allowed_mentions").toString())
                    .isEqualTo("{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}");
            assertThat(noneReply.content()).startsWith("No: the stories do not have these words")
                    .contains("**What the stories do say nearby**").hasSizeLessThanOrEqualTo(2000);
        }
    }
}
