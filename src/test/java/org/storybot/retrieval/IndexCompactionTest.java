package org.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.ingest.IngestResult;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** A library saved story by story holds many index segments; an ingest run leaves one, and every search finds the same. */
class IndexCompactionTest {

    private static final List<String> QUESTIONS = List.of("Who did Sessions meet with?", "What did the court rule on the travel ban?",
            "How much will the wall cost?", "Who was fired?");

    @TempDir
    Path dir;

    @Test
    void should_merge_the_index_into_one_segment_after_an_ingest_run_and_find_the_same_passages() throws Exception {
        Path politics = SharedData.require("data/politics_2017.json"); // 22 real articles, saved one commit each
        Path data = dir.resolve("data");
        List<List<String>> before;
        try (TestLibrary t = new TestLibrary(data)) {
            // story by story, as the bot saves a link or a feed item: one segment each, merged as Lucene sees fit
            for (var story : t.ingestor.parse(politics)) {
                assertThat(t.ingestor.save(politics.toString(), story).changed()).isTrue();
            }
            assertThat(segments(data)).as("segments after 22 single saves").isGreaterThan(1);
            before = found(t);
            assertThat(before).allSatisfy(found -> assertThat(found).isNotEmpty());

            t.library.compact();

            assertThat(segments(data)).isEqualTo(1);
            assertThat(found(t)).isEqualTo(before);
        }
        try (TestLibrary t = new TestLibrary(data)) {
            // reopened as it was left: nothing rebuilt, the same passages
            assertThat(t.library.stories()).hasSize(22);
            assertThat(found(t)).isEqualTo(before);
            // an ingest run that changes the library ends with one segment again
            List<IngestResult> added = t.ingestor.ingest(List.of(SharedData.seedStory()));
            assertThat(added).extracting(IngestResult::outcome).containsExactly(IngestResult.Outcome.ADDED);
            assertThat(segments(data)).isEqualTo(1);
            assertThat(t.retriever().retrieve("Who turned down the resignation?", null, 1).paragraphs().get(0).paragraph().storyId())
                    .isEqualTo("sessions-offered-resignation");
        }
    }

    /** Each question's passages, with the scores they were found by. */
    private static List<List<String>> found(TestLibrary t) {
        return QUESTIONS.stream().map(q -> t.retriever().retrieve(q, null, 5).paragraphs().stream()
                .map(e -> String.format(Locale.ROOT, "%s#%d %.5f %.5f", e.storyId(), e.number(), e.dense(), e.lexical())).toList())
                .toList();
    }

    private static int segments(Path data) throws IOException {
        try (Directory index = FSDirectory.open(data.resolve("lucene"))) {
            return SegmentInfos.readLatestCommit(index).size();
        }
    }
}
