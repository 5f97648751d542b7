package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Which X": the name WordNet knows as an X is stated, not a nearer name that only sounds like one. */
class KindAskedForTest {

    @TempDir
    Path dir;

    @Test
    void should_state_the_name_wordnet_knows_as_the_kind_asked_for() throws Exception {
        try (WrittenStories stories = WrittenStories.of(dir, "# Ceasefire talks resume\n\nThe talks resumed in Norway, the"
                + " only country in Northern Europe and Central Asia to offer a venue, after a month of delays. Delegates"
                + " arrived on Sunday.\n")) {
            Composition answer = stories.ask("Which European country offered a venue for the talks?");

            assertThat(answer).isInstanceOf(Composition.Grounded.class);
            assertThat(((Composition.Grounded) answer).shortAnswer().text()).isEqualTo("Norway");
        }
    }
}
