package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** When two stories of a library give different answers, the reader sees both, each with its story. */
class DisagreeingStoriesTest {

    @TempDir
    Path dir;

    @Test
    void should_show_both_answers_each_cited_to_its_story() throws Exception {
        Path first = dir.resolve("herald.md");
        Files.writeString(first, "# Storm floods Ashford\n\nThe storm killed 12 people in Ashford on Monday, the police said."
                + " Rescue teams searched the river banks through the night.\n");
        Path second = dir.resolve("courier.md");
        Files.writeString(second, "# Ashford counts the cost of the storm\n\nThe storm killed 15 people in Ashford on Monday,"
                + " the mayor said. Hundreds of homes were left without power.\n");
        try (TestLibrary library = new TestLibrary(dir.resolve("data"))) {
            library.ingestor.ingest(List.of(first, second, SharedData.seedStory())); // a library holds more than the two
            OfflineComposer composer = new OfflineComposer(new Tagger(), Models.lexicon(), Models.embedder(), Models.MIN_SUPPORT);
            String question = "How many people did the storm kill in Ashford?";

            Composition answer = composer.answer(question, library.retriever().retrieve(question, null, 4));

            assertThat(answer).isInstanceOf(Composition.Grounded.class);
            Composition.Grounded g = (Composition.Grounded) answer;
            assertThat(g.citations()).extracting(Citation::storyId).containsExactlyInAnyOrder("herald", "courier");
            assertThat(g.text()).contains("Storm floods Ashford: 12 people [").contains("Ashford counts the cost of the storm: 15 people [");
            assertThat(g.shortAnswer()).as("no one short answer stands for both").isNull();
        }
    }
}
