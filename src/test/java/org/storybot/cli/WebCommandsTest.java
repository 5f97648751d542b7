package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;
import org.storybot.support.WebServer;

/** Web pages through the command line: ingest a saved page or a link, show it, list it, ask about its details. */
class WebCommandsTest {

    private static final Map<String, String> ALLOW_LOCAL = Map.of("STORYBOT_INGEST_ALLOW_PRIVATE_ADDRESSES", "true");

    @TempDir
    Path dir;

    private Path page;

    @BeforeEach
    void save_a_page() throws Exception {
        page = dir.resolve("harbour.html");
        try (InputStream in = WebCommandsTest.class.getResourceAsStream("/web/harbour-article.html")) {
            Files.write(page, in.readAllBytes());
        }
    }

    private String dataDir() {
        return "--data-dir=" + dir.resolve("data");
    }

    @Test
    void should_ingest_a_saved_page_then_show_and_list_it_with_its_details() throws Exception {
        Cli.Run ingest = Cli.run("ingest", dataDir(), page.toString());
        String id = storyIdAdded(ingest);

        JsonNode shown = TestLibrary.JSON.readTree(Cli.run("show", dataDir(), id, "--json").out());
        assertThat(fieldNames(shown)).containsExactly("id", "title", "authors", "date", "source", "url", "language", "lean", "paragraphs");
        assertThat(shown.get("title").asText()).isEqualTo("Harbour pilots strike over night shifts");
        assertThat(shown.get("authors").toString()).isEqualTo("[\"Morag Lindqvist\",\"Tomas Ferreira\"]");
        assertThat(shown.get("date").asText()).isEqualTo("2024-03-14");
        assertThat(shown.get("source").asText()).isEqualTo("The Coastal Gazette");
        assertThat(shown.get("url").asText()).isEqualTo("https://www.coastal-gazette.example/news/2024/03/harbour-pilots-strike");
        assertThat(shown.get("language").asText()).isEqualTo("en-GB");
        assertThat(shown.get("paragraphs")).hasSize(5);
        assertThat(shown.get("paragraphs").get(2).get("section").asText()).isEqualTo("Port authority responds");
        assertThat(shown.get("paragraphs").get(2).get("number").asInt()).isEqualTo(3);

        JsonNode listed = TestLibrary.JSON.readTree(Cli.run("stories", dataDir(), "--json").out());
        assertThat(listed).hasSize(2); // the shipped story and the page
        JsonNode seed = listed.get(0).get("id").asText().equals(id) ? listed.get(1) : listed.get(0);
        assertThat(fieldNames(seed)).containsExactly("id", "title", "authors", "date", "source", "url", "language", "lean", "paragraphs");
        assertThat(seed.get("authors")).isEmpty();
        assertThat(seed.get("language").isNull()).isTrue();

        Cli.Run text = Cli.run("show", dataDir(), id);
        assertThat(text.out()).contains("  by:       Morag Lindqvist, Tomas Ferreira", "## Port authority responds",
                "[1] Harbour pilots at the port of Kelby");
        assertThat(Cli.run("show", dataDir(), "no-such-story").err()).contains("no story has the id \"no-such-story\"");
    }

    @Test
    void should_ingest_a_link_when_local_addresses_are_allowed_and_refuse_it_in_one_line_otherwise() throws Exception {
        try (WebServer server = WebServer.start().html("/harbour", Files.readString(page))) {
            String link = server.url("/harbour").toString();

            Cli.Run refused = Cli.run("ingest", dataDir(), link);
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err().strip()).isEqualTo("failed     " + link + ": links to private or local addresses are "
                    + "refused (127.0.0.1 is 127.0.0.1; see ingest.allow-private-addresses)");
            assertThat(server.requested()).isEmpty();

            Cli.Run added = Cli.run(ALLOW_LOCAL, null, "ingest", dataDir(), link);
            String id = storyIdAdded(added);
            assertThat(Cli.run(ALLOW_LOCAL, null, "ingest", dataDir(), link, page.toString()).out())
                    .contains("unchanged  " + id, "0 added, 0 replaced, 2 unchanged, 0 failed"); // the file is the same article
            assertThat(Cli.run(ALLOW_LOCAL, null, "ingest", dataDir(), server.url("/nothing-here").toString()).err())
                    .contains(": the server answered 404 (no such page)");
        }
    }

    @Test
    void should_answer_who_wrote_it_when_and_where_from_the_details_and_abstain_when_they_do_not_say() throws Exception {
        String id = storyIdAdded(Cli.run("ingest", dataDir(), page.toString()));

        JsonNode author = ask("--story", id, "Who wrote this?");
        assertThat(author.get("status").asText()).isEqualTo("answered");
        assertThat(author.get("short_answer").get("text").asText()).isEqualTo("Morag Lindqvist and Tomas Ferreira");
        JsonNode citation = author.get("citations").get(0);
        assertThat(citation.get("details").asBoolean()).isTrue();
        assertThat(citation.get("paragraph").isNull()).isTrue();
        assertThat(citation.get("quote").asText()).isEqualTo("By: Morag Lindqvist, Tomas Ferreira");
        assertThat(author.get("answer").asText()).contains("Harbour pilots strike over night shifts, the story's details");
        assertThat(ask("--story", id, "When was it published?").get("short_answer").get("text").asText()).isEqualTo("14 March 2024");
        assertThat(ask("--story", id, "Which outlet ran this story?").get("short_answer").get("text").asText())
                .isEqualTo("The Coastal Gazette");

        JsonNode content = ask("--story", id, "When are the talks due to resume?"); // about the text: from its paragraphs
        assertThat(content.get("status").asText()).isEqualTo("answered");
        assertThat(content.get("citations").get(0).get("paragraph").asInt()).isEqualTo(5);

        JsonNode none = ask("--story", "sessions-offered-resignation", "Who wrote this article?");
        assertThat(none.get("status").asText()).isEqualTo("abstained");
        assertThat(none.get("answer").asText()).isEqualTo("The story's details do not name its author.");
    }

    @Test
    void should_answer_who_wrote_it_about_the_story_in_talk_among_several() throws Exception {
        storyIdAdded(Cli.run("ingest", dataDir(), page.toString()));

        Cli.Run run = Cli.run(Map.of(), "How many ships are waiting at anchor?\nWho wrote it?\n",
                "ask", dataDir(), "--json", "--conversation");

        List<String> lines = run.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(TestLibrary.JSON.readTree(lines.get(0)).get("status").asText()).isEqualTo("answered"); // now in talk
        JsonNode followUp = TestLibrary.JSON.readTree(lines.get(1));
        assertThat(followUp.get("status").asText()).isEqualTo("answered");
        assertThat(followUp.get("short_answer").get("text").asText()).isEqualTo("Morag Lindqvist and Tomas Ferreira");
        assertThat(TestLibrary.JSON.readTree(Cli.run("ask", dataDir(), "--json", "Who wrote it?").out()).get("answer").asText())
                .startsWith("Which story? The library holds 2 stories"); // no story in talk, and two to choose from
    }

    @Test
    void should_give_one_line_for_each_page_that_holds_no_story_and_keep_the_library_as_it_was() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        Path menu = Files.writeString(dir.resolve("menu.htm"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        String before = Cli.run("stories", dataDir()).out();

        Cli.Run run = Cli.run("ingest", dataDir(), empty.toString(), menu.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).containsExactly("failed     " + empty + ": is empty",
                "failed     " + menu + ": no article found on the page");
        assertThat(Cli.run("stories", dataDir()).out()).isEqualTo(before);
    }

    private JsonNode ask(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("ask", dataDir(), "--json"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all.toArray(String[]::new));
        return TestLibrary.JSON.readTree(run.out().strip());
    }

    private static String storyIdAdded(Cli.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        String line = run.out().lines().filter(l -> l.startsWith("added")).findFirst().orElseThrow();
        return line.split("\\s+")[1];
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
