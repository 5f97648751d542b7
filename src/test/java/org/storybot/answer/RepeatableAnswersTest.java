package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word of the question found in the sentence by its stem alone ("improved-on" for "improve"):
 * the sentence's word as written is compared, not whichever of its forms a set of them happens to
 * give first (that order was drawn anew at every start of the JVM, and the answer with it).
 */
class RepeatableAnswersTest {

    @TempDir
    Path dir;

    @Test
    void should_state_the_length_next_to_a_word_matched_by_its_stem() throws Exception {
        try (WrittenStories stories = WrittenStories.of(dir, "# The old bridge\n\nWith his careful drawings, the engineer"
                + " made a design for the river crossing that was not improved-on for nearly two hundred years.\n")) {
            Composition answer = stories.ask("How long did it take to improve on the engineer's design?");

            assertThat(answer).isInstanceOf(Composition.Grounded.class);
            assertThat(((Composition.Grounded) answer).shortAnswer()).isNotNull();
            assertThat(((Composition.Grounded) answer).shortAnswer().text()).isEqualTo("Nearly two hundred years");
        }
    }
}
