package org.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.store.AnswerRecord;
import org.storybot.store.ServerLocation;
import org.storybot.store.StoryVectors;
import org.storybot.story.Story;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.support.TestPostgres;

/**
 * Two storybot libraries on one PostgreSQL library, as two processes on one machine run them: the
 * same data folder, so each must take an index of its own. What one ingests, replaces or removes,
 * the other's searches find (or stop finding) within two seconds; a conversation begun with one
 * goes on with the other.
 */
class SharedLibraryTest {

    private static final long VISIBLE_WITHIN_MILLIS = 2000;
    private static final String ID = "harbour-bridge";
    private static final String FIRST = """
            Harbour Bridge Opens

            The new harbour bridge opened to traffic on Monday morning after four years of building work.

            Mayor Ana Ruiz cut the ribbon and walked across the bridge with the engineers who designed it.
            """;
    private static final String SECOND = """
            Harbour Bridge Opens

            The harbour bridge was opened to cars on Tuesday evening, a day later than the city had planned.

            Deputy mayor Tom Berg opened the bridge because the mayor was ill with the flu.
            """;

    @TempDir
    Path dir;

    @Test
    void should_show_what_one_process_writes_in_the_other_within_two_seconds() throws Exception {
        ServerLocation store = TestPostgres.freshDatabase();
        Path data = dir.resolve("data");
        try (TestLibrary writer = library(store, data); TestLibrary reader = library(store, data)) {
            assertThat(Files.list(data.resolve("lucene-shared")).count()).as("one index folder each").isEqualTo(2);
            Story first = parse(writer, "first", FIRST);
            Story second = parse(writer, "second", SECOND);
            StoryVectors firstVectors = writer.ingestor.embed(first);
            StoryVectors secondVectors = writer.ingestor.embed(second);

            List<Long> delays = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                writer.library.save(first, firstVectors);
                delays.add(millisUntil(() -> best(reader, "Who cut the ribbon?").contains("Ana Ruiz")));
                writer.library.save(second, secondVectors);
                delays.add(millisUntil(() -> best(reader, "Who opened the bridge?").contains("Tom Berg")
                        && reader.library.indexed(ID).paragraphs() == 2));
                writer.library.remove(ID);
                delays.add(millisUntil(() -> reader.library.indexed(ID).paragraphs() == 0
                        && !reader.library.knows(ID)));
            }
            Collections.sort(delays);
            System.out.printf("visibility across processes: median %d ms, p95 %d ms, max %d ms over %d changes%n",
                    delays.get(delays.size() / 2), delays.get((int) Math.ceil(delays.size() * 0.95) - 1),
                    delays.get(delays.size() - 1), delays.size());
            assertThat(delays).allMatch(d -> d <= VISIBLE_WITHIN_MILLIS);
            assertThat(reader.library.stories()).isEmpty();
        }
    }

    @Test
    void should_go_on_with_a_conversation_in_another_process() throws Exception {
        ServerLocation store = TestPostgres.freshDatabase();
        try (TestLibrary one = library(store, dir.resolve("one")); TestLibrary other = library(store, dir.resolve("other"))) {
            one.ingestor.ingest(List.of(SharedData.seedStory()));
            millisUntil(() -> other.library.knows("sessions-offered-resignation"));

            Reply first = one.assistant().ask(new Question("Who turned down the resignation?", "thread-7", null, "test", "u"));
            assertThat(first).isInstanceOf(Reply.Answered.class);
            one.root.answers().history("thread-7", 1); // waits for one's writer: the reply is in the store

            List<AnswerRecord> seen = other.root.answers().history("thread-7", 6);
            assertThat(seen).extracting(AnswerRecord::question).containsExactly("Who turned down the resignation?");
            Reply followUp = other.assistant().ask(new Question("Why did he offer it?", "thread-7", null, "test", "u"));
            assertThat(followUp).isNotInstanceOf(Reply.Rejected.class);
            assertThat(followUp.answerId()).isNotEqualTo(first.answerId()).isPositive();
            assertThat(other.root.answers().history("thread-7", 6)).extracting(AnswerRecord::id)
                    .containsExactly(first.answerId(), followUp.answerId());
            assertThat(one.root.answers().find(followUp.answerId())).as("each sees the other's replies").isPresent();
            assertThat(other.root.answers().vote(first.answerId(), "u", 1)).as("a vote on the other's reply").isTrue();
        }
    }

    private static TestLibrary library(ServerLocation store, Path data) {
        return new TestLibrary(data, TestPostgres.settings(store), TestPostgres.env(store));
    }

    private static String best(TestLibrary t, String question) {
        List<Evidence> found = t.retriever().retrieve(question, null, 1).paragraphs();
        return found.isEmpty() ? "" : found.get(0).paragraph().text();
    }

    /** Milliseconds until {@code condition} holds, polled; fails past twice the bound. */
    private static long millisUntil(BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > 2 * VISIBLE_WITHIN_MILLIS * 1_000_000) {
                throw new AssertionError("not seen in the other process within " + 2 * VISIBLE_WITHIN_MILLIS + " ms");
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Story parse(TestLibrary t, String folder, String text) throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(ID + ".txt");
        Files.writeString(file, text);
        return t.ingestor.parse(file).get(0);
    }
}
