package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Models;
import org.storybot.support.TestLibrary;

/** "Which X": the name WordNet knows as an X is stated, not a nearer name that only sounds like one. */
class KindAskedForTest {

    @TempDir
    Path dir;

    @Test
    void should_state_the_name_wordnet_knows_as_the_kind_asked_for() throws Exception {
        Path story = dir.resolve("talks.md");
        Files.writeString(story, "# Ceasefire talks resume\n\nThe talks resumed in Norway, the only country in Northern Europe"
                + " and Central Asia to offer a venue, after a month of delays. Delegates arrived on Sunday.\n");
        try (TestLibrary library = new TestLibrary(dir.resolve("data"))) {
            library.ingestor.ingest(List.of(story));
            OfflineComposer composer = new OfflineComposer(new Tagger(), Models.lexicon(), Models.embedder(), Models.MIN_SUPPORT);
            String question = "Which European country offered a venue for the talks?";

            Composition answer = composer.answer(question, library.retriever().retrieve(question, null, 4));

            assertThat(answer).isInstanceOf(Composition.Grounded.class);
            assertThat(((Composition.Grounded) answer).shortAnswer().text()).isEqualTo("Norway");
        }
    }
}
