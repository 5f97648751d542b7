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
    void should_stay_within_the_word_limit_and_cite_every_sentence_verbatim(SummaryLength length) {
        Summary summary = composer.summarize(story, length);

        assertThat(summary.words()).isPositive().isLessThanOrEqualTo(length.maxWords());
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE_AND_MARKER.matcher(summary.text().replaceAll("(?m)^[^:\\n]{1,80}: ", ""));
        while (m.find()) {
            String sentence = m.group(1).strip();
            int marker = Integer.parseInt(m.group(2));
            Citation citation = summary.citations().get(marker - 1);
            assertThat(citation.marker()).isEqualTo(marker);
            assertThat(citation.paragraphText()).as("sentence cited to its paragraph").contains(sentence);
            sentences.add(sentence);
        }
        assertThat(sentences).isNotEmpty().doesNotHaveDuplicates();
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
