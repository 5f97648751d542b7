package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.discord.FakeDiscord.Call;

/** /people against the fake Discord: registered with story and topic autocomplete, answered Markdown-safe, within one message, pinging nobody. */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class PeopleSlashCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_list_the_people_of_a_story_or_a_topic_with_their_roles() throws Exception {
        try (BotAgainstFake fake = new BotAgainstFake(dir)) {
            FakeDiscord discord = fake.discord;
            Call put = discord.await(c -> c.method().equals("PUT"));
            FakeDiscord.Interaction story = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "people",
                    Map.of("story", SeedStory.ID));
            Call storyReply = discord.await(c -> c.is("PATCH", story.originalPath()));
            FakeDiscord.Interaction topic = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "people",
                    Map.of("topic", "the *travel ban* tweets @everyone"));
            Call topicReply = discord.await(c -> c.is("PATCH", topic.originalPath()));
            FakeDiscord.Interaction nobody = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "people",
                    Map.of("story", StoryLibrary.HARBOUR_ID));
            Call nobodyReply = discord.await(c -> c.is("PATCH", nobody.originalPath()));
            FakeDiscord.Interaction which = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "people", Map.of());
            Call whichReply = discord.await(c -> c.is("PATCH", which.originalPath()));
            FakeDiscord.Interaction typing = discord.autocomplete(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "people", "story", "sessions");
            Call choices = discord.await(c -> c.is("POST", typing.callbackPath()));
            FakeDiscord.Interaction typingTopic = discord.autocomplete(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "people", "topic",
                    "jeff sessions");
            Call topics = discord.await(c -> c.is("POST", typingTopic.callbackPath()));

            JsonNode people = StreamSupport.stream(put.body().spliterator(), false)
                    .filter(c -> c.path("name").asText().equals("people")).findFirst().orElseThrow();
            assertThat(people.path("options").get(0).path("name").asText()).isEqualTo("story");
            assertThat(people.path("options").get(0).path("autocomplete").asBoolean()).isTrue();
            assertThat(people.path("options").get(1).path("name").asText()).isEqualTo("topic");
            assertThat(choices.body().path("data").path("choices").get(0).path("value").asText()).isEqualTo(SeedStory.ID);
            assertThat(people.path("options").get(1).path("autocomplete").asBoolean()).isTrue();
            // a topic: what was typed first, then the titles holding every word typed
            assertThat(topics.body().path("data").path("choices").findValuesAsText("value"))
                    .containsExactly("jeff sessions", SeedStory.TITLE);

            assertThat(storyReply.content()).startsWith("**Who's who** in the story (`" + SeedStory.ID + "`)")
                    .contains("• **Jeff Sessions**, Attorney General: ").contains("• **Trump**, President: ")
                    .contains("• **Chris Christie**, Governor: 1 mention, ¶ 9")
                    .contains("• **Sarah Huckabee Sanders**, official spokeswoman for the White House")
                    .doesNotContain("White House**").hasSizeLessThanOrEqualTo(2000);
            assertThat(storyReply.body().path("allowed_mentions").toString())
                    .isEqualTo("{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}");
            assertThat(topicReply.content()).contains("about “the \\*travel ban\\* tweets @everyone”").contains("**Jeff Sessions**");
            assertThat(nobodyReply.content()).endsWith(": nobody is named.");
            assertThat(whichReply.content()).startsWith("Which story? The library holds 2 stories");
        }
    }
}
