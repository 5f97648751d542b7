package org.storybot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.Citation;
import org.storybot.answer.Summary;
import org.storybot.answer.SummaryLength;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * One summary of every story about a topic, on the 22 real articles of politics_2017.json: each
 * fact once, the outlets that report it cited together, only stories of the topic cited. The
 * articles' `event` field is read here, to check; the product never reads it.
 */
@Tag("corpus") // embeds the 22 articles of the 2017 corpus: half a minute
class TopicSummaryTest {

    private static final Pattern PIECE = Pattern.compile("([^\\[\\]]+?)\\s*((?:\\[\\d+])+)");

    @TempDir
    static Path dir;

    private static TestLibrary library;
    private static Assistant assistant;
    private static final Map<String, String> EVENT = new HashMap<>();

    @BeforeAll
    static void ingest_the_2017_articles() throws Exception {
        Path politics = SharedData.require("data/politics_2017.json");
        library = new TestLibrary(dir.resolve("data"));
        library.ingestor.ingestFile(politics);
        assistant = library.assistant();
        for (JsonNode article : TestLibrary.JSON.readTree(politics.toFile())) {
            EVENT.put(article.path("id").asText(), article.path("event").asText());
        }
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void should_say_each_fact_once_with_every_outlet_that_reports_it_cited() {
        SummaryReply reply = assistant.summarizeTopic("the travel ban ruling", SummaryLength.MEDIUM);

        assertThat(reply).isInstanceOf(SummaryReply.Summarized.class);
        Summary summary = ((SummaryReply.Summarized) reply).summary();
        assertThat(summary.topic()).isEqualTo("the travel ban ruling");
        assertThat(summary.words()).isPositive().isLessThanOrEqualTo(150);
        assertThat(summary.citations()).extracting(Citation::storyId).allSatisfy(id ->
                assertThat(EVENT.get(id)).as("the event of a cited story").contains("travel-ban"));
        assertThat(summary.citations()).extracting(Citation::storyId).filteredOn(id -> EVENT.get(id).startsWith("scotus"))
                .as("stories of the ruling").hasSizeGreaterThanOrEqualTo(3);
        Matcher m = PIECE.matcher(summary.text());
        int pieces = 0;
        int sharedPieces = 0;
        while (m.find()) {
            pieces++;
            List<Citation> cited = Pattern.compile("\\d+").matcher(m.group(2)).results()
                    .map(r -> summary.citations().get(Integer.parseInt(r.group()) - 1)).toList();
            assertThat(inOrder(words(m.group(1)), words(cited.get(0).paragraphText())))
                    .as("\"" + m.group(1) + "\": the words of its first citation's paragraph").isTrue();
            if (cited.stream().map(Citation::storyId).distinct().count() > 1) {
                sharedPieces++;
            }
        }
        assertThat(pieces).isGreaterThanOrEqualTo(2);
        assertThat(sharedPieces).as("facts several outlets report, said once with each cited").isPositive();
    }

    @Test
    void should_turn_away_an_empty_topic() {
        assertThat(assistant.summarizeTopic("   ", SummaryLength.SHORT)).isInstanceOf(SummaryReply.Refused.class);
    }

    @Test
    void should_say_plainly_that_no_story_is_about_a_topic_the_library_does_not_cover() {
        for (String topic : List.of("sourdough bread recipes", "the weather in Paris")) {
            assertThat(assistant.summarizeTopic(topic, SummaryLength.SHORT)).as(topic)
                    .isEqualTo(new SummaryReply.Refused("No story in the library is about “" + topic + "”."));
        }
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}’' ]", " ").strip().split("\\s+"));
    }

    private static boolean inOrder(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return i == part.size();
    }
}
