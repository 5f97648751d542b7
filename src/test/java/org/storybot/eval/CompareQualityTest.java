package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.GroundingCheck;
import org.storybot.compare.CompareResult;
import org.storybot.compare.EventCoverage;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * Coverage across outlets on politics_2017.json: the 22 articles fall into their 7 events (the
 * {@code event} field is read by the measure only), every shared item is held by each outlet it cites
 * and every "only one outlet reports" item is in no other story of its event, by the citation check.
 */
@Tag("quality") // ingests the 22 articles of ../shared
class CompareQualityTest {

    @TempDir
    Path dir;

    @Test
    void should_group_the_events_and_cite_what_each_outlet_reports() throws Exception {
        Path politics = SharedData.require("data/politics_2017.json");
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            t.ingestor.ingestFile(politics);
            Map<String, String> events = CompareEvaluation.events(politics, TestLibrary.JSON);

            CompareResult.Groups groups = (CompareResult.Groups) t.assistant().coverage().ofLibrary();
            CompareEvaluation.Measure m = CompareEvaluation.measure(groups, events, t.library::storedStory,
                    new GroundingCheck(TestLibrary.splitter(), Models.embedder()));
            CompareEvaluation.lines(m).forEach(System.out::println);

            assertThat(m.events()).isEqualTo(7);
            assertThat(m.precision()).isGreaterThanOrEqualTo(0.9);
            assertThat(m.recall()).isGreaterThanOrEqualTo(0.9);
            assertThat(m.sharedItems()).isPositive();
            assertThat(m.sharedSupported()).isEqualTo(m.sharedCitations());
            assertThat(m.onlyItems()).isPositive();
            assertThat(m.onlyAbsent()).isEqualTo(m.onlyItems());
            // every article has another outlet's report of its event, and the outlets carry their AllSides rating
            assertThat(groups.alone()).isZero();
            assertThat(groups.groups()).allSatisfy(g -> assertThat(g.stories()).allSatisfy(s -> assertThat(s.lean()).isNotBlank()));
            for (EventCoverage g : groups.groups()) {
                assertThat(g.shared()).allSatisfy(i -> assertThat(i.citations().stream().map(c -> c.storyId()).distinct().count() * 2)
                        .isGreaterThan(g.stories().size()));
            }

            CompareResult.Groups ban = (CompareResult.Groups) t.assistant().coverage().ofTopic("the travel ban ruling");
            assertThat(ban.groups().get(0).stories()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(s -> assertThat(events.get(s.id())).isEqualTo(events.get(ban.groups().get(0).stories().get(0).id())));
        }
    }
}
