package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.Citation;
import org.storybot.discord.FakeDiscord.Call;
import org.storybot.store.StoryInfo;
import org.storybot.timeline.TimelineEvent;
import org.storybot.timeline.TimelineResult;
import org.storybot.timeline.When;

/** /timeline against the fake Discord: registered with story autocomplete and topic, answered Markdown-safe, pinging nobody, paged. */
@Tag("discord-e2e") // the bot against the fake Discord gateway
class TimelineSlashCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_answer_a_topic_timeline_within_one_message() throws Exception {
        try (BotAgainstFake fake = new BotAgainstFake(dir)) {
            FakeDiscord discord = fake.discord;
            Call put = discord.await(c -> c.method().equals("PUT"));
            FakeDiscord.Interaction topic = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "timeline",
                    Map.of("topic", "*Jeff Sessions*"));
            Call topicReply = discord.await(c -> c.is("PATCH", topic.originalPath()));
            FakeDiscord.Interaction unknown = discord.slash(FakeDiscord.MEMBER, FakeDiscord.CHANNEL, "timeline",
                    Map.of("story", "no-such-story"));
            Call unknownReply = discord.await(c -> c.is("POST", unknown.callbackPath()));

            JsonNode timeline = StreamSupport.stream(put.body().spliterator(), false)
                    .filter(c -> c.path("name").asText().equals("timeline")).findFirst().orElseThrow();
            assertThat(timeline.path("options").get(0).path("name").asText()).isEqualTo("story");
            assertThat(timeline.path("options").get(0).path("autocomplete").asBoolean()).isTrue();
            assertThat(timeline.path("options").get(1).path("name").asText()).isEqualTo("topic");

            assertThat(topicReply.content()).startsWith("**Timeline of “\\*Jeff Sessions\\*” (1 story)**")
                    .contains("**undated: “in March of this year”** ").contains("(`sessions-offered-resignation` ¶")
                    .hasSizeLessThanOrEqualTo(2000);
            assertThat(topicReply.body().path("allowed_mentions").toString())
                    .isEqualTo("{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}");
            assertThat(unknownReply.body().toString()).contains("no-such-story");
        }
    }

    @Test
    void should_page_a_long_timeline_in_order() {
        StoryInfo story = new StoryInfo("long", "A long story", "2017-01-01", null, null, null, null, null, 1, "h", null);
        List<TimelineEvent> events = new ArrayList<>();
        String sentence = "The committee met on Monday to hear the witnesses and *vote* on the nomination of the judge.";
        for (int i = 0; i < 40; i++) {
            events.add(new TimelineEvent(new When(LocalDate.of(2017, 1, 2).plusDays(i), When.Precision.DAY), "on Monday", sentence,
                    List.of(new Citation(1, "long", "A long story", i + 1, sentence, sentence))));
        }

        List<String> pages = TimelineReplies.pages(new TimelineResult.Events("long", null, List.of(story), events));

        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(PageBook.PAGE_BUDGET)
                .startsWith("**Timeline of “A long story”**\n**2017-").contains("\\*vote\\*"));
        assertThat(pages.get(0)).startsWith("**Timeline of “A long story”**\n**2017-01-02** The committee");
        String all = String.join("\n", pages);
        assertThat(all).containsOnlyOnce("**2017-01-02**").containsOnlyOnce("**2017-02-10**");
        assertThat(all.indexOf("**2017-02-10**")).isGreaterThan(all.indexOf("**2017-02-09**"));
    }
}
