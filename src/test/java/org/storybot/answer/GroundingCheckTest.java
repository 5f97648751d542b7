package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.store.StoredParagraph;

/**
 * The citation check on claims about the seed story's real paragraphs: what a reader may be shown
 * (the story's words, or a faithful rewording) and what never reaches them (invented markers,
 * numbers, reversals, uncited prose).
 */
class GroundingCheckTest {

    @TempDir
    static Path dataDir;
    private static SeedStory seed;
    /** The passages as a model would see them: [1] is paragraph 1, [2] paragraph 8, [3] paragraph 9, [4] paragraph 3. */
    private static final Map<Integer, StoredParagraph> SOURCES = new LinkedHashMap<>();

    @BeforeAll
    static void openLibrary() {
        seed = new SeedStory(dataDir);
        var paragraphs = seed.story().paragraphs();
        SOURCES.put(1, paragraphs.get(0));
        SOURCES.put(2, paragraphs.get(7));
        SOURCES.put(3, paragraphs.get(8));
        SOURCES.put(4, paragraphs.get(2));
    }

    @AfterAll
    static void closeLibrary() {
        seed.close();
    }

    @Test
    void should_keep_a_faithful_rewording_with_the_sentence_it_rests_on() {
        GroundingCheck.Result result = seed.check.check("The president reportedly rejected the offer [1].", SOURCES);

        assertThat(result.dropped()).isEmpty();
        assertThat(result.supported()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("The president reportedly rejected the offer.");
            assertThat(s.quotes()).singleElement().satisfies(q -> {
                assertThat(q.paragraph().number()).isEqualTo(1);
                assertThat(q.sentence()).isEqualTo("The President allegedly turned down the Attorney General’s offer.");
            });
        });
    }

    @Test
    void should_drop_a_claim_that_reverses_the_passage() {
        GroundingCheck.Result result = seed.check.check("The president accepted the resignation [1].", SOURCES);

        assertThat(result.supported()).isEmpty();
        assertThat(result.dropped()).extracting(GroundingCheck.Dropped::problem).containsExactly(GroundingCheck.Problem.UNSUPPORTED);
    }

    @Test
    void should_drop_a_number_the_passages_do_not_give() {
        String claim = "The travel ban stops people from %s mostly Muslim countries from entering the United States for 90 days [4].";

        assertThat(seed.check.check(claim.formatted("six"), SOURCES).supported()).hasSize(1);
        assertThat(seed.check.check(claim.formatted("seven"), SOURCES).supported()).isEmpty();
        assertThat(seed.check.check(claim.formatted("6").replace("90", "60"), SOURCES).supported()).isEmpty();
    }

    @Test
    void should_read_markers_after_the_full_stop_and_in_lists_and_keep_only_those_that_support() {
        GroundingCheck.Result result = seed.check.check("Sessions offered to resign in recent weeks. [1] "
                + "Peter Baker and Maggie Haberman wrote the report [1, 4].", SOURCES);

        assertThat(result.dropped()).isEmpty();
        assertThat(result.supported()).extracting(GroundingCheck.Supported::text).containsExactly(
                "Sessions offered to resign in recent weeks.", "Peter Baker and Maggie Haberman wrote the report.");
        assertThat(result.supported().get(0).quotes()).extracting(q -> q.paragraph().number()).containsExactly(1);
        assertThat(result.supported().get(1).quotes()).extracting(q -> q.paragraph().number()).containsExactly(3);
    }

    @Test
    void should_drop_uncited_sentences_and_markers_that_name_no_given_passage() {
        GroundingCheck.Result result = seed.check.check("""
                - Sessions offered to resign in recent weeks.
                - The President allegedly turned down the Attorney General’s offer [7].
                """, SOURCES);

        assertThat(result.supported()).isEmpty();
        assertThat(result.dropped()).extracting(GroundingCheck.Dropped::problem)
                .containsExactly(GroundingCheck.Problem.NO_MARKER, GroundingCheck.Problem.UNKNOWN_MARKER);
    }
}
