package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.retrieval.Evidence;

/** A why-question's answer runs on into the next paragraph when the reason opens it. Stories written for the test. */
class WhyAnswersTest {

    @TempDir
    Path dir;

    @Test
    void should_quote_the_reason_that_opens_the_next_paragraph_and_cite_it() throws Exception {
        try (WrittenStories stories = WrittenStories.of(dir, "# A new mayor\n\nAfter his narrow win, Mayor Tom Reyes has"
                + " ten days to name a cabinet and win the approval of the city council.\n\nThat may prove impossible,"
                + " since his party lost its majority on the council in the spring vote.\n\nThe city's budget is due in"
                + " March.\n")) {
            Composition answer = stories.ask("Why may Tom Reyes struggle to get his cabinet approved by the council?");

            assertThat(answer).isInstanceOf(Composition.Grounded.class);
            Composition.Grounded grounded = (Composition.Grounded) answer;
            assertThat(grounded.text()).contains("ten days to name a cabinet").contains("lost its majority");
            assertThat(grounded.citations()).extracting(Citation::paragraph).containsExactly(1, 2);
        }
    }

    @Test
    void should_hand_on_the_paragraph_after_each_one_retrieved_and_none_after_the_last() throws Exception {
        try (WrittenStories stories = WrittenStories.of(dir, "# Rain\n\nThe river rose by two metres overnight.\n\n"
                + "Roads near the bridge were closed.\n\nThe rain is expected to stop on Sunday.\n")) {
            List<Evidence> found = stories.library().retriever().retrieve("river roads rain", null, 3).paragraphs();

            assertThat(found).hasSize(3);
            for (Evidence e : found) {
                if (e.number() == 3) {
                    assertThat(e.next()).isNull();
                } else {
                    assertThat(e.next().number()).isEqualTo(e.number() + 1);
                    assertThat(e.next().storyId()).isEqualTo(e.storyId());
                }
            }
        }
    }
}
