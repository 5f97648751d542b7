package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.discord.FakeDiscord.Call;

/**
 * /compare against the fake Discord, on three outlets' reports of one harbour vote (test resource
 * compare/harbour-vote.json, with two of a bakery fire): registered with story autocomplete and topic,
 * answered within Discord's limit, Markdown-safe, pinging nobody, one event a page.
 */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class CompareSlashCommandTest {

    private static final String NO_MENTIONS = "{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}";

    @TempDir
    Path dir;

    @Test
    void should_show_how_the_outlets_of_one_event_told_it() throws Exception {
        try (BotAgainstFake fake = new BotAgainstFake(dir)) {
            Path file = dir.resolve("harbour-vote.json");
            try (InputStream in = CompareSlashCommandTest.class.getResourceAsStream("/compare/harbour-vote.json")) {
                Files.copy(in, file);
            }
            fake.library.test.ingestor.ingestFile(file);
            FakeDiscord discord = fake.discord;
            Call put = discord.await(c -> c.method().equals("PUT"));

            FakeDiscord.Interaction story = discord.slash(BotAgainstFake.member(1), FakeDiscord.CHANNEL, "compare",
                    Map.of("story", "wire-vote"));
            Call storyReply = discord.await(c -> c.is("PATCH", story.originalPath()));
            FakeDiscord.Interaction library = discord.slash(BotAgainstFake.member(2), FakeDiscord.CHANNEL, "compare", Map.of());
            Call libraryReply = discord.await(c -> c.is("PATCH", library.originalPath()));
            FakeDiscord.Interaction unknown = discord.slash(BotAgainstFake.member(3), FakeDiscord.CHANNEL, "compare",
                    Map.of("story", "no-such-story"));
            Call unknownReply = discord.await(c -> c.is("POST", unknown.callbackPath()));

            JsonNode compare = StreamSupport.stream(put.body().spliterator(), false)
                    .filter(c -> c.path("name").asText().equals("compare")).findFirst().orElseThrow();
            assertThat(compare.path("options").get(0).path("name").asText()).isEqualTo("story");
            assertThat(compare.path("options").get(0).path("autocomplete").asBoolean()).isTrue();
            assertThat(compare.path("options").get(1).path("name").asText()).isEqualTo("topic");

            assertThat(storyReply.content()).startsWith("**Coverage of the event of “Port Ellis backs bigger harbour”**")
                    .contains("• The Coastal Gazette (lean: Center), 2024-03-14: Council approves harbour expansion (`gazette-vote`)")
                    .contains("**Reported by most**", "**Only The Coastal Gazette (lean: Center)**", "**Where they differ**")
                    .contains("A number (vote): ", "(`gazette-vote` ¶1; `herald-vote` ¶1)")
                    .hasSizeLessThanOrEqualTo(2000);
            assertThat(storyReply.body().path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
            assertThat(unknownReply.body().toString()).contains("no-such-story");

            // the library's two events are two pages, turned in place with Previous / Next
            assertThat(libraryReply.content()).startsWith("**Coverage across the library: 2 events; ")
                    .contains("__Event 1__ — 3 stories").endsWith("*Page 1 of 2*").hasSizeLessThanOrEqualTo(2000);
            JsonNode buttons = libraryReply.body().path("components").get(0).path("components");
            assertThat(buttons.findValuesAsText("label")).containsExactly("Previous", "Next");
            assertThat(buttons.get(0).path("disabled").asBoolean()).isTrue();
            assertThat(buttons.get(1).path("disabled").asBoolean()).isFalse();

            FakeDiscord.Interaction next = discord.click(BotAgainstFake.member(4), buttons.get(1).path("custom_id").asText(),
                    libraryReply.response());
            Call turned = discord.await(c -> c.is("POST", next.callbackPath()));
            assertThat(turned.body().path("type").asInt()).isEqualTo(7); // the clicked message itself is updated
            JsonNode page = turned.body().path("data");
            assertThat(page.path("content").asText()).startsWith("__Event 2__ — 2 stories").contains("Dunmore Echo")
                    .endsWith("*Page 2 of 2*").hasSizeLessThanOrEqualTo(2000);
            assertThat(page.path("allowed_mentions").toString()).isEqualTo(NO_MENTIONS);
            JsonNode turnedButtons = page.path("components").get(0).path("components");
            assertThat(turnedButtons.get(0).path("disabled").asBoolean()).isFalse();
            assertThat(turnedButtons.get(1).path("disabled").asBoolean()).isTrue();

            FakeDiscord.Interaction gone = discord.click(BotAgainstFake.member(5), "storybot:page:0123456789abcdef:1",
                    libraryReply.response());
            Call expired = discord.await(c -> c.is("POST", gone.callbackPath()));
            assertThat(expired.body().path("data").path("content").asText()).isEqualTo(PageBook.EXPIRED);
            assertThat(expired.body().path("data").path("flags").asInt()).isEqualTo(64);
        }
    }
}
