package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** ingest, stories, remove and search as a user runs them, on a real data directory. */
class LibraryCommandsTest {

    @TempDir
    Path dir;

    private String dataDir() {
        return "--data-dir=" + dir.resolve("data");
    }

    @Test
    void should_seed_a_new_library_so_search_works_with_no_setup() throws Exception {
        Cli.Run run = Cli.run("search", dataDir(), "--json", "-k", "2", "who turned down the resignation");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
        assertThat(line.get("query").asText()).isEqualTo("who turned down the resignation");
        JsonNode hit = line.get("hits").get(0);
        assertThat(hit.get("story").asText()).isEqualTo("sessions-offered-resignation");
        assertThat(hit.get("title").asText()).isEqualTo("Insiders Suggest Jeff Sessions Offered His Resignation in Recent Weeks");
        assertThat(hit.get("paragraph").asInt()).isEqualTo(1);
        assertThat(hit.get("sentence").isNull()).isTrue();
        assertThat(hit.get("text").asText()).contains("The President allegedly turned down the Attorney General’s offer.");
        assertThat(hit.get("score").isNumber()).isTrue();
        assertThat(line.get("hits")).hasSize(2);
    }

    @Test
    void should_read_one_query_per_line_from_standard_input() throws Exception {
        Cli.Run run = Cli.run(java.util.Map.of(), "who wrote the report\n\nhow many countries\n",
                "search", dataDir(), "--json", "--sentences", "-k", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode second = TestLibrary.JSON.readTree(lines.get(1));
        assertThat(second.get("query").asText()).isEqualTo("how many countries");
        assertThat(second.get("hits").get(0).get("sentence").asInt()).isPositive();
        assertThat(second.get("hits").get(0).get("text").asText()).contains("six predominantly Muslim countries");
    }

    @Test
    @Tag("corpus") // embeds the whole 2017 corpus from ../shared: a minute
    void should_ingest_the_2017_corpus_once_then_report_it_unchanged() {
        String corpus = SharedData.require("data/politics_2017.json").toString();
        Cli.Run first = Cli.run("ingest", dataDir(), corpus);
        Cli.Run second = Cli.run("ingest", dataDir(), corpus);
        Cli.Run stories = Cli.run("stories", dataDir());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("22 added, 0 replaced, 0 unchanged, 0 failed");
        assertThat(second.out()).contains("0 added, 0 replaced, 22 unchanged, 0 failed");
        assertThat(stories.out().lines().skip(1)).hasSize(23);
        assertThat(stories.out()).contains("allsides-9rqLoWFukSSQ10LN", "2017-01-10", "CNN (Web News)",
                "Trump AG nominee Jeff Sessions faces grilling in Senate hearing");
    }

    @Test
    void should_refuse_bad_files_with_one_line_each_and_write_nothing() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2});
        Files.writeString(dir.resolve("broken.json"), "[{\"title\": \"x\", ");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024);
        }
        String before = Cli.run("stories", dataDir()).out();

        Cli.Run run = Cli.run("ingest", dataDir(), dir.resolve("empty.txt").toString(), dir.resolve("binary.txt").toString(),
                dir.resolve("broken.json").toString(), dir.resolve("huge.txt").toString(), dir.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> errors = run.err().strip().lines().filter(l -> l.startsWith("failed")).toList();
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).contains("empty.txt: is empty");
        assertThat(errors.get(1)).contains("binary.txt: looks like a binary file");
        assertThat(errors.get(2)).contains("broken.json: is not valid JSON");
        assertThat(errors.get(3)).contains("huge.txt: is 100.0 MB, over the 10.0 MB limit");
        assertThat(errors.get(4)).contains("missing.txt: no such file or folder");
        assertThat(run.out()).contains("0 added, 0 replaced, 0 unchanged, 5 failed");
        assertThat(Cli.run("stories", dataDir()).out()).isEqualTo(before);
    }

    @Test
    void should_remove_a_story_and_refuse_unknown_ids() {
        Cli.Run removed = Cli.run("remove", dataDir(), "sessions-offered-resignation");
        Cli.Run again = Cli.run("remove", dataDir(), "sessions-offered-resignation");
        Cli.Run list = Cli.run("stories", dataDir());

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("removed sessions-offered-resignation");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no story has the id \"sessions-offered-resignation\"");
        assertThat(list.out()).as("a removed shipped story does not come back").contains("The library is empty");
    }

    @Test
    @Tag("corpus") // embeds the whole 2017 corpus from ../shared: a minute
    void should_search_one_story_only_and_refuse_an_unknown_one() throws Exception {
        String corpus = SharedData.require("data/politics_2017.json").toString();
        Cli.run("ingest", dataDir(), corpus);
        Cli.Run one = Cli.run("search", dataDir(), "--json", "--story", "allsides-9rqLoWFukSSQ10LN", "-k", "5", "Klan");
        Cli.Run unknown = Cli.run("search", dataDir(), "--story", "nope", "Klan");

        JsonNode hits = TestLibrary.JSON.readTree(one.out()).get("hits");
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.get("story").asText()).isEqualTo("allsides-9rqLoWFukSSQ10LN"));
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no story has the id \"nope\"");
    }

    @Test
    void should_refuse_a_blank_query_and_a_blank_topic_with_a_message_not_a_stack_trace() throws Exception {
        for (Cli.Run run : List.of(Cli.run("search", dataDir(), ""), Cli.run("search", dataDir(), " ", " "),
                Cli.run("summarize", dataDir(), "--topic", " "))) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("storybot: give ").doesNotContain("Exception", "\tat ");
            assertThat(run.out()).isEmpty();
        }
    }
}
