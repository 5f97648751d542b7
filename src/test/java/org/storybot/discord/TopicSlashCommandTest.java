package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.discord.FakeDiscord.Call;

/** /summary topic: against the fake Discord: the stories about the topic summarised, cited, pinging nobody. */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class TopicSlashCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_summarise_the_stories_about_a_topic_and_refuse_one_they_do_not_cover() throws Exception {
        try (BotAgainstFake fake = new BotAgainstFake(dir)) {
            FakeDiscord discord = fake.discord;
            FakeDiscord.Interaction about = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "summary",
                    Map.of("topic", "Sessions offering to resign @everyone", "length", "short"));
            Call reply = discord.await(c -> c.is("PATCH", about.originalPath()));
            FakeDiscord.Interaction off = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "summary",
                    Map.of("topic", "sourdough bread recipes"));
            Call refused = discord.await(c -> c.is("PATCH", off.originalPath()));

            assertThat(reply.content()).startsWith("**Topic: Sessions offering to resign @everyone**")
                    .contains("*short summary, ").contains("offered to resign").contains("[1]")
                    .hasSizeLessThanOrEqualTo(2000);
            assertThat(reply.body().path("allowed_mentions").toString())
                    .isEqualTo("{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}");
            assertThat(refused.content()).contains("No story in the library is about “sourdough bread recipes”.");
        }
    }
}
