package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.storybot.retrieval.Library;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.ingest.Ingestor;
import org.storybot.story.Paragraph;
import org.storybot.story.Story;
import org.storybot.support.JavaProcess;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * Kills a real `storybot ingest` process with SIGKILL at random moments, again and again, and checks
 * the store each time: every story whole or absent, vectors and words matching H2, nothing lost.
 */
@Tag("kill") // kills a dozen ingest JVMs over the 2017 corpus: minutes
class KillSafetyTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void should_leave_the_store_consistent_whenever_an_ingest_is_killed() throws Exception {
        Path corpus = SharedData.require("data/politics_2017.json");
        Path data = dir.resolve("data");
        Map<String, Story> expected = new HashMap<>();
        try (TestLibrary t = new TestLibrary(data)) {
            Ingestor parser = new Ingestor(TestLibrary.reader(), TestLibrary.pages(), TestLibrary.cleaner(), Models.embedder(),
                    t.library, t.database);
            parser.parse(corpus).forEach(s -> expected.put(s.id(), s));
            parser.parse(SharedData.seedStory()).forEach(s -> expected.put(s.id(), s));
            t.ingestor.ingest(List.of(SharedData.seedStory()));
        }

        Random random = new Random(2017);
        int killedMidway = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process ingest = start(data, corpus, "kill-" + kill);
            long delay = 2500 + random.nextInt(9500);
            boolean finished = ingest.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                ingest.destroyForcibly().waitFor();
            }
            int stories = checkConsistent(data, expected);
            if (!finished && stories > 1 && stories < expected.size()) {
                killedMidway++;
            }
            if (stories == expected.size()) {
                // Everything is in: start over so the next kills land in the middle of an ingest again.
                try (TestLibrary opened = new TestLibrary(data)) {
            Library library = opened.library;
                    expected.keySet().stream().filter(id -> !id.equals("sessions-offered-resignation"))
                            .forEach(library::remove);
                }
            }
        }
        assertThat(killedMidway).as("kills that landed in the middle of an ingest").isGreaterThan(KILLS / 4);

        Process last = start(data, corpus, "final");
        assertThat(last.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(dir.resolve("final.log"))).isZero();
        assertThat(checkConsistent(data, expected)).isEqualTo(expected.size());
    }

    private Process start(Path data, Path corpus, String name) throws Exception {
        return JavaProcess.start(List.of("-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true"), "org.storybot.cli.Main",
                List.of("--data-dir=" + data, "ingest", corpus.toString()), dir.resolve(name + ".log"), Map.of());
    }

    /** Asserts the store is consistent and returns how many stories it holds. */
    private static int checkConsistent(Path data, Map<String, Story> expected) {
        try (TestLibrary opened = new TestLibrary(data)) {
            Library library = opened.library;
            List<StoryInfo> stories = library.stories();
            assertThat(stories).extracting(StoryInfo::id).as("the story ingested before any kill is never lost")
                    .contains("sessions-offered-resignation");
            int paragraphs = 0;
            for (StoryInfo info : stories) {
                Story want = expected.get(info.id());
                assertThat(want).as("unexpected story " + info.id()).isNotNull();
                Story got = library.story(info.id()).orElseThrow();
                assertThat(got.contentHash()).isEqualTo(want.contentHash());
                assertThat(got.paragraphs()).as("paragraphs of " + info.id()).hasSameSizeAs(want.paragraphs());
                for (Paragraph p : want.paragraphs()) {
                    assertThat(got.paragraph(p.number()).text()).isEqualTo(p.text());
                    assertThat(got.paragraph(p.number()).sentences()).hasSameSizeAs(p.sentences());
                }
                assertThat(library.indexed(info.id()).paragraphs()).isEqualTo(want.paragraphs().size());
                assertThat(library.indexed(info.id()).sentences()).isEqualTo(want.sentenceCount());
                paragraphs += want.paragraphs().size();
            }
            assertThat(library.indexed(null).vectors()).as("one vector per paragraph, none orphaned").isEqualTo(paragraphs);
            assertThat(new StoryStore(opened.database).vectorCount()).as("stored vectors").isEqualTo(paragraphs);
            assertThat(library.paragraphCount()).isEqualTo(paragraphs);
            return stories.size();
        }
    }
}
