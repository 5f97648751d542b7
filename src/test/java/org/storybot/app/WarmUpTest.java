package org.storybot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * The stories read ahead of questions (chat, discord) stop with the library: a chat quit at once
 * left the warm-up reading a store that had been closed ("could not read the stories ahead:
 * Database is already closed"), seen once in CompareCommandTest.
 */
class WarmUpTest {

    @TempDir
    Path dir;

    @Test
    void should_stop_reading_the_stories_ahead_when_the_library_closes() {
        TestLibrary t = new TestLibrary(dir.resolve("data"));
        t.ingestor.ingest(List.of(SharedData.seedStory()));
        t.root.warmUpInBackground();
        t.close();

        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
                .extracting(Thread::getName).as("threads still running after the close").doesNotContain("answer-warm-up");
    }
}
