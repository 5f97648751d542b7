package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.store.StoredStory;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** Offline summaries of the real seed story. */
class SummaryTest {

    private static final Pattern SENTENCE_AND_MARKER = Pattern.compile("([^\\[]+?) \\[(\\d+)]");

    @TempDir
    static Path dir;

    private static TestLibrary seed;
    private static StoredStory story;
    private static OfflineComposer composer;

    @BeforeAll
    static void ingestSeed() {
        seed = new TestLibrary(dir.resolve("data"));
        seed.ingestor.ingest(List.of(SharedData.seedStory()));
        story = seed.library.storedStory("sessions-offered-resignation").orElseThrow();
        composer = new OfflineComposer(new Tagger(), Models.lexicon(), Models.embedder(), Models.MIN_SUPPORT);
    }

    @AfterAll
    static void close() {
        seed.close();
    }

    @ParameterizedTest
    @EnumSource(SummaryLength.class)
    void should_stay_within_the_word_limit_and_say_only_the_cited_paragraphs_words_in_their_order(SummaryLength length) {
        Summary summary = composer.summarize(story, length);

        assertThat(summary.words()).isPositive().isLessThanOrEqualTo(length.maxWords());
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE_AND_MARKER.matcher(summary.text().replaceAll("(?m)^[^:\\n]{1,80}: ", ""));
        while (m.find()) {
            String sentence = m.group(1).strip();
            int marker = Integer.parseInt(m.group(2));
            Citation citation = summary.citations().get(marker - 1);
            assertThat(citation.marker()).isEqualTo(marker);
            assertThat(inOrder(words(sentence), words(citation.paragraphText())))
                    .as("\"" + sentence + "\": the cited paragraph's own words, whole or with some left out").isTrue();
            sentences.add(sentence);
        }
        assertThat(sentences).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void should_cover_the_story_beyond_its_first_paragraph_even_when_short() {
        Summary short_ = composer.summarize(story, SummaryLength.SHORT);
        Summary medium = composer.summarize(story, SummaryLength.MEDIUM);

        assertThat(short_.citations()).extracting(Citation::paragraph).contains(1).anyMatch(p -> p > 1);
        assertThat(short_.text()).contains("offered to resign", "New York Times");
        assertThat(medium.text()).contains("tweets", "feuded");
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}’' ]", " ").strip().split("\\s+"));
    }

    /** Whether {@code part} is {@code whole} with some words left out. */
    private static boolean inOrder(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return i == part.size();
    }

    @Test
    void should_keep_story_order() {
        Summary summary = composer.summarize(story, SummaryLength.MEDIUM);
        List<Integer> paragraphs = summary.citations().stream().map(Citation::paragraph).toList();
        assertThat(paragraphs).isSorted();
        assertThat(summary.text()).startsWith("Insiders who were briefed");
    }

    @Test
    void should_go_section_by_section_in_a_long_summary() {
        Summary summary = composer.summarize(story, SummaryLength.LONG);

        assertThat(summary.text()).contains("\n\nAnonymous Sources in the New York Times Report: ",
                "\n\nPublic Signs of Disagreement: ");
        assertThat(summary.text().indexOf("Anonymous Sources")).isLessThan(summary.text().indexOf("Public Signs"));
    }

    @Test
    void should_be_longer_for_longer_lengths() {
        int shortWords = composer.summarize(story, SummaryLength.SHORT).words();
        int mediumWords = composer.summarize(story, SummaryLength.MEDIUM).words();
        int longWords = composer.summarize(story, SummaryLength.LONG).words();
        assertThat(shortWords).isLessThan(mediumWords);
        assertThat(mediumWords).isLessThan(longWords);
    }
}
