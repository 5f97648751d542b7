package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.TestLibrary;

/** Replies are written behind the askers' backs: none may be lost, misnumbered or read too early. */
class AnswerLogTest {

    @TempDir
    Path dir;

    @Test
    void should_keep_every_reply_of_many_askers_at_once_each_under_its_own_number() throws Exception {
        int askers = 8;
        int each = 50;
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        try (TestLibrary library = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(library.database)) {
            ExecutorService pool = Executors.newFixedThreadPool(askers);
            List<Future<?>> running = new ArrayList<>();
            for (int a = 0; a < askers; a++) {
                String conversation = "conversation-" + a;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        ids.add(answers.record(reply(conversation, "question " + i)));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(ids).hasSize(askers * each);
            assertThat(answers.totals().answered()).isEqualTo(askers * each);
            // each conversation reads back its own turns, in the order they were asked
            assertThat(answers.history("conversation-3", 3)).extracting(AnswerRecord::question)
                    .containsExactly("question 47", "question 48", "question 49");
        }
    }

    @Test
    void should_show_a_reply_to_the_very_next_question_of_its_conversation() {
        try (TestLibrary library = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(library.database)) {
            for (int i = 0; i < 20; i++) {
                long id = answers.record(reply("thread", "turn " + i));
                assertThat(answers.history("thread", 1)).extracting(AnswerRecord::id, AnswerRecord::question)
                        .containsExactly(tuple(id, "turn " + i));
                assertThat(answers.vote(id, "member", 1)).as("a vote on a reply just given").isTrue();
            }
        }
    }

    @Test
    void should_keep_the_other_replies_when_the_store_refuses_one() {
        try (TestLibrary library = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(library.database)) {
            for (int i = 0; i < 5; i++) {
                // the third reply's conversation id is longer than its column holds
                answers.record(reply(i == 2 ? "x".repeat(300) : "kept", "question " + i));
            }
            assertThat(answers.totals().answered()).isEqualTo(4);
            assertThat(answers.history("kept", 10)).extracting(AnswerRecord::question)
                    .containsExactly("question 0", "question 1", "question 3", "question 4");
        }
    }

    @Test
    void should_write_queued_replies_at_close_and_number_on_after_a_restart() {
        long last;
        try (TestLibrary library = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(library.database)) {
            last = 0;
            for (int i = 0; i < 100; i++) {
                last = answers.record(reply("before", "asked before the restart " + i));
            }
        }
        try (TestLibrary library = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(library.database)) {
            assertThat(answers.totals().answered()).isEqualTo(100);
            long next = answers.record(reply("after", "asked after the restart"));
            assertThat(next).isGreaterThan(last);
            assertThat(answers.find(next)).map(AnswerRecord::question).contains("asked after the restart");
            assertThat(answers.find(last)).map(AnswerRecord::question).contains("asked before the restart 99");
        }
    }

    @Test
    void should_go_on_recording_replies_after_a_write_fails_with_an_error() {
        try (TestLibrary library = new TestLibrary(dir.resolve("data"));
                AnswerLog answers = new AnswerLog(library.database)) {
            // given: the database runs out of memory as it reports a reply it refuses (its conversation
            // id is longer than the column holds), an Error that H2 lets through to the writer
            InsertTrap.install(library.database);
            InsertTrap.error = new OutOfMemoryError("Java heap space");
            long before = answers.record(reply("thread", "asked before"));
            long lost = answers.record(reply("x".repeat(300), "refused, and the memory ran out"));
            long after = answers.record(reply("thread", "asked after"));

            // when: the memory is back and the conversation goes on
            List<AnswerRecord> history = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> answers.history("thread", 5),
                    "a read after the failed write");
            InsertTrap.error = null;
            long later = answers.record(reply("thread", "asked later"));

            // then: only the refused reply is missing; the writer goes on with the next ones
            assertThat(history).extracting(AnswerRecord::id).containsExactly(before, after);
            assertThat(answers.find(lost)).isEmpty();
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> answers.history("thread", 5)))
                    .extracting(AnswerRecord::question).containsExactly("asked before", "asked after", "asked later");
            assertThat(answers.vote(later, "member", 1)).isTrue();
        }
    }

    @Test
    void should_answer_reads_within_a_bound_and_refuse_new_replies_at_once_while_the_writer_is_stuck() throws Exception {
        Path data = dir.resolve("data");
        List<Long> accepted = new ArrayList<>();
        try (TestLibrary library = new TestLibrary(data);
                AnswerLog answers = new AnswerLog(library.database, Duration.ofMillis(500))) {
            // given: the writer is stuck inside an insert
            InsertTrap.install(library.database);
            InsertTrap.release = new CountDownLatch(1);
            accepted.add(answers.record(reply("thread", "held up")));
            assertThat(InsertTrap.holding.await(30, TimeUnit.SECONDS)).as("the writer reached the insert").isTrue();

            // when: the conversation is read back, then many more replies come
            long start = System.nanoTime();
            List<AnswerRecord> history = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> answers.history("thread", 5));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            StoreException refused = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                while (accepted.size() <= AnswerWriter.MAX_QUEUED + 1) {
                    try {
                        accepted.add(answers.record(reply("thread", "asked while it was stuck " + accepted.size())));
                    } catch (StoreException e) {
                        return e;
                    }
                }
                return null;
            }, "recording while the writer is stuck");

            // then: the read came back after the bound, without the reply held up
            assertThat(history).isEmpty();
            assertThat(waitedMillis).isBetween(400L, 5_000L);
            // and once the queue was full, the next reply was refused at once, saying so
            assertThat(refused).as("a reply refused").isNotNull().hasMessageContaining("not recorded");
            assertThat(accepted).hasSize(AnswerWriter.MAX_QUEUED + 1);

            // when: the insert goes through after all, and the log is closed
            InsertTrap.release.countDown();
        }
        // then: every reply accepted was written at close
        try (TestLibrary library = new TestLibrary(data); AnswerLog answers = new AnswerLog(library.database)) {
            assertThat(answers.totals().answered()).isEqualTo(accepted.size());
            assertThat(answers.find(accepted.get(accepted.size() - 1))).isPresent();
        }
    }

    @AfterEach
    void disarmTheTrap() {
        InsertTrap.reset();
    }

    private static AnswerRecord reply(String conversation, String question) {
        return new AnswerRecord(0, conversation, question, null, "answered", "An answer [1]", null, null, "[]", null, 3.0, "test",
                null, null);
    }
}
