package org.storybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;
import org.storybot.support.TestPostgres;

/**
 * `storybot bench` and `storybot bench --soak` as a user runs them, on tiny sizes: every section is
 * printed with figures, the JSON parses, the soak sorts good input from bad, and the temporary
 * libraries are gone afterwards. Whether the figures meet the targets is not a test's business.
 */
@Tag("bench") // runs the bench command on three libraries: minutes
class BenchCommandTest {

    /** Tiny sizes: a check of the bench, not a measurement. */
    private static final String[] TINY = {"--sizes", "1200", "--seconds", "1", "--samples", "12", "--cold-runs", "1",
        "--max-paragraphs", "40", "--baseline-questions", "25"};

    private static final List<String> TITLES = List.of("storybot bench", "Libraries", "Ingest with real embeddings",
            "Cold start", "Warm latency, ms", "Concurrency", "Search beside the LangChain4j baseline", "Targets", "Notes");

    @TempDir
    Path dir;

    private String[] bench(String... args) {
        Path shared = SharedData.require("data/qa.json").getParent().getParent();
        List<String> all = new ArrayList<>(List.of("bench", "--shared", shared.toString(), "--work-dir", dir.resolve("work").toString()));
        all.addAll(Arrays.asList(args));
        return all.toArray(String[]::new);
    }

    @Test
    void should_print_every_section_with_figures_and_each_target_beside_its_measure() throws Exception {
        Cli.Run run = Cli.run(bench(TINY));

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, List<String>> sections = sections(run.out());
        assertThat(sections.keySet()).containsExactlyElementsOf(TITLES);
        assertThat(rows(sections.get("Libraries"), "seed story", "seed + 2017 politics", "1,200 paragraphs*"))
                .allSatisfy(row -> assertThat(row).matches(".*[\\d,]+ MB.*[\\d,]+/[\\d,]+ MB"));
        assertThat(sections.get("Ingest with real embeddings").get(0)).matches("politics_2017.json: .* \\d+\\.\\d paragraphs/s .*");
        assertThat(rows(sections.get("Cold start"), "seed story", "seed + 2017 politics", "1,200 paragraphs"))
                .allSatisfy(row -> assertThat(row).matches(".* \\d+\\.\\d\\d s +\\d+\\.\\d\\d s"));
        assertThat(String.join("\n", sections.get("Warm latency, ms")))
                .containsPattern("search +12 +\\d+\\.\\d")
                .containsPattern("ask \\(offline\\) +12 +\\d+\\.\\d")
                .containsPattern("embed query alone +12 +\\d+\\.\\d")
                .containsPattern("summarize \\(warm\\) +\\d+ +\\d+\\.\\d")
                .contains("no question repeated");
        assertThat(rows(sections.get("Concurrency"), "seed story", "seed + 2017 politics", "1,200 paragraphs"))
                .allSatisfy(row -> assertThat(row).matches(".* [\\d,]+ +\\d+\\.\\d +\\d+\\.\\d .*"));
        assertThat(rows(sections.get("Search beside the LangChain4j baseline"), "storybot hybrid", "LangChain4j in-memory",
                "storybot / LangChain4j")).allSatisfy(row -> assertThat(row).containsPattern("\\d\\.\\d"));
        List<String> targets = sections.get("Targets");
        assertThat(targets.subList(1, targets.size())).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(row -> assertThat(row).containsPattern("(\\bmet$|missed|not measured)"));
        assertThat(String.join("\n", targets)).contains("warm ask p95, seed story", "search recall@3 vs LangChain4j",
                "cold `ask` process", "ingest, real embeddings", "16 parallel askers");
        assertThat(String.join("\n", sections.get("Notes"))).contains("Gaussian noise", "--max-paragraphs");
        assertThat(leftInWorkDir()).as("temporary libraries are deleted").isEmpty();
    }

    @Test
    void should_print_one_json_object_with_the_same_figures() throws Exception {
        Cli.Run run = Cli.run(bench(concat(TINY, "--json", "--quick")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode report = TestLibrary.JSON.readTree(run.out());
        assertThat(report.at("/machine/cores").asInt()).isPositive();
        assertThat(report.at("/machine/quick").asBoolean()).isTrue();
        assertThat(report.get("libraries")).hasSize(3);
        for (JsonNode library : report.get("libraries")) {
            assertThat(library.get("paragraphs").asInt()).isPositive();
            assertThat(library.get("storeBytes").asLong()).isPositive();
            assertThat(library.at("/coldStart/runsSeconds")).hasSize(1);
            assertThat(library.at("/search/latency/n").asInt()).isEqualTo(12);
            assertThat(library.at("/ask/latency/p95Ms").asDouble()).isPositive();
            assertThat(library.at("/embedQuery/latency/n").asInt()).isEqualTo(12);
            assertThat(library.at("/summarize/latency/n").asInt()).isPositive();
            assertThat(library.at("/concurrency/askers").asInt()).isEqualTo(16);
            assertThat(library.at("/concurrency/answers").asLong()).isPositive();
        }
        assertThat(report.at("/libraries/2/synthetic").asBoolean()).isTrue();
        assertThat(report.at("/ingest/paragraphsPerSecond").asDouble()).isPositive();
        assertThat(report.at("/baseline/questions").asInt()).isEqualTo(25);
        assertThat(report.at("/baseline/oursRecallAt3").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.at("/baseline/baselineRecallAt3").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("targets")).allSatisfy(t -> assertThat(t.get("verdict").asText()).isNotBlank());
        assertThat(report.get("targets")).anySatisfy(t ->
                assertThat(t.get("verdict").asText()).startsWith("not measured (--quick"));
        assertThat(leftInWorkDir()).isEmpty();
    }

    @Test
    void should_measure_postgresql_beside_h2_with_two_processes_and_a_restart_losing_nothing() throws Exception {
        if (!ThrowawayPostgres.available()) {
            TestPostgres.unavailable("bench --shared-store starts a PostgreSQL server of its own, and the binaries are not in "
                    + ThrowawayPostgres.BIN);
        }
        Cli.Run run = Cli.run(bench("--shared-store", "--quick", "--seconds", "2", "--max-paragraphs", "40", "--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = TestLibrary.JSON.readTree(run.out());
        assertThat(report.get("postgres").asText()).startsWith("PostgreSQL ");
        assertThat(report.at("/h2Ingest/paragraphs").asInt()).isPositive().isEqualTo(report.at("/postgresIngest/paragraphs").asInt());
        assertThat(report.at("/h2Process/answers").asLong()).isPositive();
        assertThat(report.get("postgresProcesses")).hasSize(2).allSatisfy(p -> {
            assertThat(p.get("answers").asLong()).isPositive();
            assertThat(p.get("errors").asLong()).as(p.path("firstError").asText()).isZero();
        });
        assertThat(report.at("/visibility/stories").asInt()).isBetween(1, 20); // as many as --max-paragraphs leaves
        assertThat(report.at("/visibility/missed").asInt()).as("stories another process never found").isZero();
        JsonNode restart = report.get("restart");
        assertThat(restart.get("failed").asLong()).as(restart.path("firstFailure").asText()).isZero();
        assertThat(restart.get("answeredWhileDown").asLong()).as("answers while the server was down").isPositive();
        assertThat(restart.get("rowsWritten").asLong()).as("answer-log rows after the restart")
                .isEqualTo(restart.get("rowsExpected").asLong()).isPositive();
        assertThat(leftInWorkDir()).as("temporary libraries are deleted").isEmpty();
    }

    @Test
    void should_turn_away_bad_input_and_answer_questions_wrapped_in_odd_text_during_a_soak() throws Exception {
        Cli.Run run = Cli.run(bench("--soak", "52", "--max-paragraphs", "20", "--json"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode report = TestLibrary.JSON.readTree(run.out());
        assertThat(report.get("unhandledErrors").asLong()).isZero();
        assertThat(report.get("unexpectedOutcomes").asLong()).isZero();
        assertThat(report.get("libraryIntact").asBoolean()).isTrue();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(report.get("rssGrowthPercent").isNumber()).isTrue();
        }
        Map<String, JsonNode> kinds = new LinkedHashMap<>();
        report.get("kinds").forEach(k -> kinds.put(k.get("kind").asText(), k));
        assertThat(kinds.keySet()).contains("real question", "empty", "oversized 100 kb", "nul bytes only", "emoji only",
                "nul bytes inside", "right to left", "markdown", "mentions", "sql like", "prompt injection");
        for (String refused : List.of("empty", "whitespace only", "oversized 100 kb", "nul bytes only", "emoji only")) {
            JsonNode k = kinds.get(refused);
            assertThat(k.get("rejected").asInt()).as(refused).isEqualTo(k.get("sent").asInt()).isPositive();
            assertThat(k.get("message").asText()).as(refused).isNotBlank();
        }
        assertThat(kinds.get("oversized 100 kb").get("message").asText()).contains("at most 500 characters");
        for (String data : List.of("real question", "nul bytes inside", "emoji around", "right to left", "markdown", "mentions",
                "sql like", "prompt injection")) {
            JsonNode k = kinds.get(data);
            assertThat(k.get("answered").asInt() + k.get("abstained").asInt()).as(data).isEqualTo(k.get("sent").asInt())
                    .isPositive();
        }
        assertThat(leftInWorkDir()).isEmpty();
    }

    /** Sections of the text report: a title line, then its lines up to the next blank line. */
    private static Map<String, List<String>> sections(String out) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : out.lines().toList()) {
            if (line.isBlank()) {
                current = null;
            } else if (current == null) {
                current = new ArrayList<>();
                sections.put(TITLES.stream().filter(line::startsWith).findFirst().orElse(line), current);
            } else {
                current.add(line);
            }
        }
        return sections;
    }

    /** The rows that start with each name, one per name. */
    private static List<String> rows(List<String> lines, String... names) {
        List<String> rows = new ArrayList<>();
        for (String name : names) {
            String row = lines.stream().filter(l -> l.startsWith(name)).findFirst().orElse("(no row for " + name + ")");
            rows.add(row);
        }
        return rows;
    }

    private List<Path> leftInWorkDir() throws Exception {
        Path work = dir.resolve("work");
        if (!Files.exists(work)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.toList();
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
