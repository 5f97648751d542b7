package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.retrieval.Retrieval;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * "The stories never mention X" rests on retrieval having settled, for the version it read, every
 * name and number the composer reads from the question: none may be missing from the snapshot.
 */
class MentionedNamesTest {

    @TempDir
    static Path dir;
    private static TestLibrary library;

    @BeforeAll
    static void build() {
        library = new TestLibrary(dir.resolve("data"));
        library.ingestor.ingest(List.of(SharedData.seedStory()));
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void should_settle_every_name_and_number_the_composer_reads() {
        for (String question : List.of("Did Trump’s lawyer speak to Sessions?", "Why did O'Brien meet Sen. Jeff Sessions in 2017?",
                "How many times did Haberman write? And what did Macron say on Jan. 20?", "Was the Trump-Russia inquiry on Fox News?",
                "who is ÉLODIE Durand?")) {
            Retrieval retrieval = library.retriever().retrieve(question, null, 4);
            List<String> names = QuestionReader.names(question);

            assertThat(names).as(question).isNotEmpty();
            assertThat(retrieval.mentioned()).as(question).containsKeys(names.toArray(String[]::new));
        }
    }

    @Test
    void should_say_which_of_them_the_library_never_mentions() {
        Retrieval retrieval = library.retriever().retrieve("Did Macron speak to Sessions?", null, 4);

        assertThat(retrieval.mentions("Sessions")).isTrue();
        assertThat(retrieval.mentions("Macron")).isFalse();
    }
}
