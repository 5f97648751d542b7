package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.timeline.TimelineResult;

/** The timeline of "Jeff Sessions" on politics_2017.json puts its event groups in their true order. */
@Tag("quality") // ingests the 22 articles of ../shared
class TimelineQualityTest {

    @TempDir
    Path dir;

    @Test
    void should_put_the_event_groups_of_a_topic_in_their_true_order() throws Exception {
        Path politics = SharedData.require("data/politics_2017.json");
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            t.ingestor.ingestFile(politics);
            List<TimelineEvaluation.Group> groups = TimelineEvaluation.groups(politics, TestLibrary.JSON);

            TimelineResult.Events sessions = (TimelineResult.Events) t.assistant().timelines().ofTopic("Jeff Sessions");
            TimelineEvaluation.Measure measure = TimelineEvaluation.measure(sessions, groups);
            TimelineEvaluation.lines("Jeff Sessions", sessions.stories().size(), measure).forEach(System.out::println);

            assertThat(groups).hasSize(7);
            // six groups' stories name him; the Supreme Court ruling's five never do, so his timeline does not read them
            assertThat(measure.placed()).isEqualTo(6);
            assertThat(measure.placements()).filteredOn(p -> !p.found())
                    .singleElement().satisfies(p -> assertThat(p.storiesRead()).isZero());
            assertThat(measure.inTrueOrder()).isTrue();
            assertThat(measure.pairs()).isEqualTo(15);

            TimelineResult.Events ban = (TimelineResult.Events) t.assistant().timelines().ofTopic("travel ban");
            TimelineEvaluation.Measure banMeasure = TimelineEvaluation.measure(ban, groups);
            TimelineEvaluation.lines("travel ban", ban.stories().size(), banMeasure).forEach(System.out::println);
            assertThat(banMeasure.placements()).filteredOn(p -> p.group().event().startsWith("scotus")).singleElement()
                    .satisfies(p -> assertThat(p.found()).isTrue());
            assertThat(banMeasure.inTrueOrder()).isTrue();
        }
    }
}
