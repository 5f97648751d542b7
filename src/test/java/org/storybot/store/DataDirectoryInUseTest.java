package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.storybot.retrieval.Library;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.JavaProcess;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * One process owns a data directory at a time. A second storybot process, a real separate JVM,
 * that opens a directory in use is turned away with a message naming the folder, and the first
 * one keeps working; nothing is damaged, and the library reopens whole afterwards.
 */
@Tag("subprocess") // starts storybot JVMs beside this one
class DataDirectoryInUseTest {

    private static final List<String> JVM = List.of("-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true");
    private static final String MAIN = "org.storybot.cli.Main";
    private static final String SEED_ID = "sessions-offered-resignation";

    @TempDir
    Path dir;

    @Test
    void should_turn_away_a_second_process_while_this_one_holds_the_library() throws Exception {
        Path data = dir.resolve("data");
        Path story = writeStory("bridge.txt");
        try (TestLibrary first = new TestLibrary(data)) {
            // given: this process holds the library, with the seed story in it
            first.ingestor.ingest(List.of(SharedData.seedStory()));

            // when: other processes try to write to it and to read from it
            Run ingest = run("ingest-second", "--data-dir=" + data, "ingest", story.toString());
            Run ask = run("ask-second", "--data-dir=" + data, "ask", "Who turned down the resignation?");

            // then: each is told, in one clear line, that the folder is in use, and exits with 1
            for (Run second : List.of(ingest, ask)) {
                assertThat(second.exitCode()).as(second.output()).isEqualTo(1);
                assertThat(second.output()).contains(data.toAbsolutePath().toString(), "is in use by another storybot process")
                        .doesNotContain("Exception", "\tat ");
            }
            // and the first process keeps reading and writing
            first.ingestor.ingest(List.of(story));
            assertThat(first.retriever().retrieve("How much did the bridge cost?", null, 1).paragraphs().get(0).storyId())
                    .isEqualTo("bridge");
        }
        assertIntact(data, List.of("bridge", SEED_ID));
    }

    @Test
    void should_refuse_this_process_while_another_jvm_holds_the_library() throws Exception {
        Path data = dir.resolve("data");
        try (TestLibrary setUp = new TestLibrary(data)) {
            setUp.ingestor.ingest(List.of(SharedData.seedStory()));
        }
        // given: a separate storybot process holding the library, answering questions from its input
        Process holder = JavaProcess.builder(JVM, MAIN, List.of("--data-dir=" + data, "ask", "--json"), null).start();
        try (Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(ask(in, out, "Who turned down the resignation?")).contains("\"status\":\"answered\"");

            // when: this process, and a third one, open the same folder
            // then: both are refused with the folder named, and nothing is opened behind the holder's back
            assertThatThrownBy(() -> Database.open(data))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(data.toAbsolutePath().toString())
                    .hasMessageContaining("is in use by another storybot process");
            Run third = run("stories-third", "--data-dir=" + data, "stories");
            assertThat(third.exitCode()).as(third.output()).isEqualTo(1);
            assertThat(third.output()).contains(data.toAbsolutePath().toString(), "is in use");

            // and the holder keeps answering, then exits cleanly
            assertThat(ask(in, out, "Which newspaper reported on the feud?")).contains("\"status\":\"answered\"");
            in.close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertIntact(data, List.of(SEED_ID));
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String name, String... args) throws Exception {
        Path log = dir.resolve(name + ".log");
        Process p = JavaProcess.start(JVM, MAIN, List.of(args), log, Map.of());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(name + " finished").isTrue();
        return new Run(p.exitValue(), Files.readString(log));
    }

    private static String ask(Writer in, BufferedReader out, String question) throws Exception {
        in.write(question + "\n");
        in.flush();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("{")) {
                return line;
            }
        }
        throw new AssertionError("the holding process ended without answering \"" + question + "\"");
    }

    private Path writeStory(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "Harbour Bridge Opens\n\nThe new harbour bridge opened to traffic on Monday morning.\n\n"
                + "The bridge cost 410 million dollars, the city's transport office said.\n");
        return file;
    }

    /** Reopens the library and checks every story is whole, with its words and vectors. */
    private static void assertIntact(Path data, List<String> ids) {
        try (TestLibrary opened = new TestLibrary(data)) {
            Library library = opened.library;
            assertThat(library.stories()).extracting(StoryInfo::id).containsExactlyInAnyOrderElementsOf(ids);
            int paragraphs = 0;
            for (String id : ids) {
                var story = library.story(id).orElseThrow();
                assertThat(library.indexed(id).paragraphs()).isEqualTo(story.paragraphs().size());
                assertThat(library.indexed(id).sentences()).isEqualTo(story.sentenceCount());
                paragraphs += story.paragraphs().size();
            }
            assertThat(library.paragraphCount()).isEqualTo(paragraphs);
            assertThat(library.indexed(null).vectors()).isEqualTo(paragraphs);
            assertThat(new StoryStore(opened.database).vectorCount()).isEqualTo(paragraphs);
        }
    }
}
