package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.ingest.Ingestor;
import org.storybot.story.Story;
import org.storybot.support.JavaProcess;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.support.TestPostgres;

/**
 * Real storybot processes on one PostgreSQL library, set up as a user sets them up (STORYBOT_STORE_URL
 * and a password in the environment): an `ingest` of the 2017 corpus killed with SIGKILL in the
 * middle while this process keeps the library open, which must then hold every story whole or not
 * at all, and see the same stories in its own index; then an `ask` process answers from the library.
 */
@Tag("subprocess") // starts storybot JVMs beside this one: about a minute
class PostgresProcessesTest {

    private static final String PASSWORD = "not-a-real-secret-7f3a";

    @TempDir
    Path dir;

    @Test
    void should_keep_the_shared_library_whole_when_an_ingest_process_is_killed() throws Exception {
        Path corpus = SharedData.require("data/politics_2017.json");
        ServerLocation store = TestPostgres.freshDatabase();
        Map<String, String> env = new HashMap<>(Map.of("STORYBOT_STORE_URL", store.url(), "STORYBOT_STORE_USER",
                store.user(), "STORYBOT_STORE_PASSWORD_ENV", "STORYBOT_TEST_STORE_SECRET", "STORYBOT_TEST_STORE_SECRET",
                store.password().isEmpty() ? PASSWORD : store.password()));
        try (TestLibrary bot = new TestLibrary(dir.resolve("bot"), TestPostgres.settings(store), TestPostgres.env(store))) {
            Map<String, Story> expected = new HashMap<>();
            Ingestor parser = bot.ingestor;
            parser.parse(corpus).forEach(s -> expected.put(s.id(), s));
            parser.parse(SharedData.seedStory()).forEach(s -> expected.put(s.id(), s)); // a new library is seeded

            Process ingest = start(env, "ingest", List.of("--data-dir=" + dir.resolve("ingest"), "ingest", corpus.toString()));
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (new StoryStore(bot.database).stories().size() < 3 && ingest.isAlive() && System.nanoTime() < giveUp) {
                Thread.sleep(100);
            }
            assertThat(ingest.isAlive()).as("the ingest is still running: " + log("ingest")).isTrue();
            ingest.destroyForcibly().waitFor(); // SIGKILL in the middle of the corpus

            List<StoryInfo> stories = new StoryStore(bot.database).stories();
            assertThat(stories.size()).as("killed in the middle").isBetween(3, expected.size() - 1);
            int paragraphs = 0;
            for (StoryInfo info : stories) {
                Story want = expected.get(info.id());
                Story got = bot.library.story(info.id()).orElseThrow();
                assertThat(got.contentHash()).isEqualTo(want.contentHash());
                assertThat(got.paragraphs()).hasSameSizeAs(want.paragraphs());
                paragraphs += want.paragraphs().size();
            }
            StoryStore check = new StoryStore(bot.database);
            assertThat(check.paragraphCount()).as("no paragraph of a story half written").isEqualTo(paragraphs);
            assertThat(check.vectorCount()).isEqualTo(paragraphs);
            waitFor(() -> bot.library.indexed(null).vectors() == check.vectorCount());
            for (StoryInfo info : stories) {
                assertThat(bot.library.indexed(info.id()).paragraphs()).as("this process's index of " + info.id())
                        .isEqualTo(info.paragraphs());
            }

            Process ask = start(env, "ask", List.of("--data-dir=" + dir.resolve("ask"), "ask", "--json",
                    "Who did Trump nominate to lead the FBI?"));
            assertThat(ask.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String said = log("ask");
            assertThat(ask.exitValue()).as(said).isZero();
            assertThat(said).contains("\"status\"").doesNotContain(PASSWORD);
            assertThat(log("ingest")).doesNotContain(PASSWORD);
            assertThat(new StoryStore(bot.database).stories()).as("the ask process added nothing").hasSameSizeAs(stories);
            assertThat(bot.root.answers().totals().answered() + bot.root.answers().totals().abstained())
                    .as("the ask process's reply is in the shared answer log").isEqualTo(1);
        }
    }

    private Process start(Map<String, String> env, String name, List<String> args) throws Exception {
        return JavaProcess.start(List.of("-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true", "-Xmx1g"),
                "org.storybot.cli.Main", args, dir.resolve(name + ".log"), env);
    }

    private String log(String name) throws Exception {
        Path file = dir.resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
    }
}
