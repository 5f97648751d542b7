package org.storybot.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** Timelines of real and hand-written stories: dates placed against the story's date, in order, each cited. */
class TimelinesTest {

    @TempDir
    Path dir;

    private static final String DATED = """
            [{"id": "hearing", "title": "Senate panel hears the attorney general", "date": "2017-06-08",
              "article": "The attorney general told senators on Monday that he had never met the ambassador.\\n\\nIn March of this year, he stepped aside from the inquiry, after reports that emerged last week.\\n\\nHe was confirmed on Feb. 8, 2017, by a vote of 52 to 47.\\n\\nYesterday, the committee released his written answers.\\n\\nThe full committee will vote on Tuesday. Two days later, the Senate adjourned.\\n\\nHe first met senators on May 17 in the Capitol."},
             {"id": "vote", "title": "Senators confirm the attorney general", "date": "2017-02-09",
              "article": "The Senate confirmed the attorney general on Wednesday by a vote of 52 to 47.\\n\\nThe senator was confirmed on Feb. 8, 2017, by a vote of 52 to 47 in the Senate."}]
            """;

    @Test
    void should_resolve_relative_dates_against_the_story_date_and_order_them() throws Exception {
        try (TestLibrary test = new TestLibrary(dir.resolve("data"))) {
            Path file = dir.resolve("hearing.json");
            Files.writeString(file, DATED);
            test.ingestor.ingestFile(file);

            TimelineResult.Events timeline = (TimelineResult.Events) test.assistant().timelines().ofStory("hearing");

            Map<String, String> dates = new java.util.LinkedHashMap<>();
            timeline.events().forEach(e -> dates.put(e.asStated(), e.when().iso()));
            assertThat(dates).containsEntry("on Monday", "2017-06-05").containsEntry("In March of this year", "2017-03-01")
                    .containsEntry("last week", "2017-05-29").containsEntry("Yesterday", "2017-06-07")
                    .containsEntry("on Feb. 8, 2017", "2017-02-08").containsEntry("on Tuesday", "2017-06-13")
                    .containsEntry("on May 17", "2017-05-17").containsEntry("Two days later", null);
            List<LocalDate> order = timeline.events().stream().map(e -> e.when().date()).toList();
            assertThat(order.subList(0, order.size() - 1)).isSortedAccordingTo(LocalDate::compareTo);
            assertThat(order.get(order.size() - 1)).isNull(); // undated last
            TimelineEvent monday = timeline.events().stream().filter(e -> e.asStated().equals("on Monday")).findFirst().orElseThrow();
            assertThat(monday.text()).isEqualTo("The attorney general told senators on Monday that he had never met the ambassador.");
            assertThat(monday.citations()).singleElement().satisfies(c -> assertThat(c.paragraph()).isEqualTo(1));
        }
    }

    @Test
    void should_say_an_event_two_stories_report_once_with_both_cited() throws Exception {
        try (TestLibrary test = new TestLibrary(dir.resolve("data"))) {
            Path file = dir.resolve("hearing.json");
            Files.writeString(file, DATED);
            test.ingestor.ingestFile(file);

            TimelineResult.Events timeline = (TimelineResult.Events) test.assistant().timelines().ofTopic("attorney general");

            assertThat(timeline.stories()).extracting(s -> s.id()).containsExactly("vote", "hearing"); // by their dates
            List<TimelineEvent> vote = timeline.events().stream().filter(e -> "2017-02-08".equals(e.when().iso())).toList();
            assertThat(vote).hasSize(1);
            assertThat(vote.get(0).citations()).extracting(c -> c.storyId()).containsOnly("vote", "hearing").contains("vote", "hearing");
        }
    }

    @Test
    void should_keep_the_shipped_story_s_relative_dates_as_stated_for_it_has_no_date() throws Exception {
        try (TestLibrary test = new TestLibrary(dir.resolve("data"))) {
            test.ingestor.ingestFile(SharedData.seedStory());

            TimelineResult.Events timeline = (TimelineResult.Events) test.assistant().timelines().of(null);

            assertThat(timeline.events()).extracting(TimelineEvent::asStated)
                    .contains("this week", "on Monday", "in March of this year").doesNotContain("weeks");
            assertThat(timeline.events()).allSatisfy(e -> {
                assertThat(e.when().resolved()).isFalse();
                assertThat(e.citations()).isNotEmpty();
                assertThat(e.citations().get(0).paragraphText()).contains(e.citations().get(0).quote());
            });
            TimelineEvent march = timeline.events().stream().filter(e -> e.asStated().equals("in March of this year")).findFirst()
                    .orElseThrow();
            assertThat(march.text()).contains("Sessions was unhappy in March of this year when Trump decided");
        }
    }

    @Test
    void should_refuse_an_unknown_story_and_a_topic_no_story_names() throws Exception {
        try (TestLibrary test = new TestLibrary(dir.resolve("data"))) {
            test.ingestor.ingestFile(SharedData.seedStory());
            Timelines timelines = test.assistant().timelines();

            assertThat(timelines.ofStory("nope")).isInstanceOf(TimelineResult.Refused.class);
            assertThat(timelines.ofTopic("zebra migration")).isEqualTo(new TimelineResult.Refused("No story mentions “zebra migration”."));
        }
    }
}
