package org.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.ingest.IngestResult;
import org.storybot.store.Database;
import org.storybot.store.StoreException;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.Vectors;
import org.storybot.store.StoryInfo;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

class LibraryTest {

    @TempDir
    Path dir;

    @Test
    void should_report_reingesting_unchanged_text_as_a_no_op() {
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            List<IngestResult> first = t.ingestor.ingest(List.of(SharedData.seedStory()));
            List<IngestResult> second = t.ingestor.ingest(List.of(SharedData.seedStory()));
            assertThat(first).extracting(IngestResult::outcome).containsExactly(IngestResult.Outcome.ADDED);
            assertThat(second).extracting(IngestResult::outcome).containsExactly(IngestResult.Outcome.UNCHANGED);
            assertThat(t.library.stories()).hasSize(1);
            assertThat(t.library.paragraphCount()).isEqualTo(9);
        }
    }

    @Test
    void should_replace_changed_text_whole_and_keep_numbers_stable() throws IOException {
        Path file = dir.resolve("story.txt");
        Files.writeString(file, "A Story\n\nThe mayor opened the old bridge on Monday.\n\nThe bridge cost four million dollars.\n");
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            t.ingestor.ingest(List.of(file));
            Files.writeString(file, "A Story\n\nThe mayor opened the old bridge on Monday.\n\nThe bridge cost nine million dollars.\n\n"
                    + "A ferry had carried people across before.\n");
            List<IngestResult> replaced = t.ingestor.ingest(List.of(file));

            assertThat(replaced).extracting(IngestResult::outcome).containsExactly(IngestResult.Outcome.REPLACED);
            var story = t.library.story("story").orElseThrow();
            assertThat(story.paragraphs()).hasSize(3);
            assertThat(story.paragraph(1).text()).isEqualTo("The mayor opened the old bridge on Monday.");
            assertThat(story.paragraph(2).text()).contains("nine million");
            // Words and vectors follow the new version: the old text is found nowhere.
            assertThat(hits(t, "four", StoryIndex.Kind.PARAGRAPH, 10)).isEmpty();
            assertThat(hits(t, "ferry", StoryIndex.Kind.SENTENCE, 10))
                    .extracting(IndexView.Hit::paragraph).containsExactly(3);
            assertThat(t.library.indexed(null).vectors()).isEqualTo(3);
            List<Evidence> found = t.retriever().retrieve("How much did the bridge cost?", null, 1).paragraphs();
            assertThat(found.get(0).paragraph().text()).contains("nine million");
        }
    }

    @Test
    void should_remove_a_story_with_its_words_and_vectors() {
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
            assertThat(t.library.remove("sessions-offered-resignation")).isTrue();
            assertThat(t.library.remove("sessions-offered-resignation")).isFalse();
            assertThat(t.library.stories()).isEmpty();
            assertThat(t.library.indexed(null).vectors()).isZero();
            assertThat(hits(t, "resignation", StoryIndex.Kind.PARAGRAPH, 10)).isEmpty();
            assertThat(t.retriever().retrieve("resignation", null, 3).paragraphs()).isEmpty();
        }
    }

    @Test
    void should_keep_everything_across_a_reopen() {
        Path data = dir.resolve("data");
        try (TestLibrary t = new TestLibrary(data)) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
        }
        try (TestLibrary t = new TestLibrary(data)) {
            assertThat(t.library.stories()).extracting(StoryInfo::id).containsExactly("sessions-offered-resignation");
            assertThat(t.library.indexed(null).vectors()).isEqualTo(9);
            assertThat(t.retriever().retrieve("who turned down the resignation", null, 1).paragraphs().get(0).number())
                    .isEqualTo(1);
        }
    }

    @Test
    void should_find_passages_with_their_sentences_while_the_store_is_away() {
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
            StoredStory stored = t.library.storedStory("sessions-offered-resignation").orElseThrow();
            t.database.close(); // every question is answered from the index: no paragraph is read from the store

            List<Evidence> found = t.retriever().retrieve("Who turned down the resignation?", null, 3).paragraphs();

            assertThat(found).hasSize(3);
            for (Evidence e : found) {
                StoredParagraph want = stored.paragraphs().get(e.paragraph().number() - 1);
                StoredParagraph got = e.paragraph();
                assertThat(got.storyTitle()).isEqualTo(stored.title());
                assertThat(got.text()).isEqualTo(want.text());
                assertThat(got.section()).isEqualTo(want.section());
                assertThat(Vectors.dot(got.vector(), want.vector())).isCloseTo(1f, within(1e-5f));
                assertThat(got.sentences()).extracting(StoredParagraph.StoredSentence::text)
                        .containsExactlyElementsOf(want.sentences().stream().map(StoredParagraph.StoredSentence::text).toList());
                for (int i = 0; i < want.sentences().size(); i++) {
                    assertThat(Vectors.dot(got.sentences().get(i).vector(), want.sentences().get(i).vector()))
                            .isCloseTo(1f, within(1e-5f));
                }
            }
            assertThat(found.get(0).number()).isEqualTo(1);
        }
    }

    @Test
    void should_open_and_search_a_library_holding_a_story_row_without_paragraphs() throws Exception {
        Path data = dir.resolve("data");
        try (TestLibrary t = new TestLibrary(data)) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
            // a row written by hand (or by an older version): a story with no paragraphs
            t.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO story (id, title, content_hash, "
                    + "ingested_at) VALUES ('empty', 'Empty', '" + "0".repeat(64) + "', CURRENT_TIMESTAMP)"));
        }
        try (TestLibrary t = new TestLibrary(data)) {
            assertThat(t.library.story("empty")).isEmpty();
            assertThat(t.library.indexed("sessions-offered-resignation").paragraphs()).isEqualTo(9);
            assertThat(t.retriever().retrieve("who turned down the resignation", null, 1).paragraphs()).hasSize(1);
        }
    }

    @Test
    void should_rebuild_a_missing_or_damaged_word_index_from_h2() throws IOException {
        Path data = dir.resolve("data");
        try (TestLibrary t = new TestLibrary(data)) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
        }
        deleteTree(data.resolve("lucene"));
        try (TestLibrary t = new TestLibrary(data)) {
            assertThat(hits(t, "Haberman", StoryIndex.Kind.SENTENCE, 5))
                    .extracting(IndexView.Hit::paragraph).containsExactly(3);
        }
        try (Stream<Path> files = Files.list(data.resolve("lucene"))) {
            List<Path> indexFiles = files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList();
            assertThat(indexFiles).as("index files to damage").isNotEmpty();
            for (Path f : indexFiles) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (TestLibrary t = new TestLibrary(data)) {
            assertThat(hits(t, "Haberman", StoryIndex.Kind.SENTENCE, 5)).hasSize(1);
        }
    }

    @Test
    void should_refuse_a_second_process_on_a_data_directory_in_use() {
        Path data = dir.resolve("data");
        try (TestLibrary t = new TestLibrary(data)) {
            assertThatThrownBy(() -> Database.open(data))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is in use by another storybot process");
            assertThat(t.library.stories()).isEmpty();
        }
    }

    private static List<IndexView.Hit> hits(TestLibrary t, String words, StoryIndex.Kind kind, int k) {
        return t.library.search(index -> index.search(index.terms(words), kind, null, k));
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
