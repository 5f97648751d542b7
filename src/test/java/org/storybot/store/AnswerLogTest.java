package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    private static AnswerRecord reply(String conversation, String question) {
        return new AnswerRecord(0, conversation, question, null, "answered", "An answer [1]", null, null, "[]", null, 3.0, "test",
                null, null);
    }
}
