package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storybot.store.StoryInfo;

/** Questions about the story itself, told from questions about what it says, and answered from its details. */
class StoryDetailsTest {

    private static final StoryInfo PAGE = new StoryInfo("gazette-pilots", "Harbour pilots strike", "2024-03-14",
            "Morag Lindqvist, Tomas Ferreira", "The Coastal Gazette", "https://gazette.example/pilots", "en-GB", null, 5, "h",
            OffsetDateTime.parse("2026-12-02T10:00:00Z"));
    private static final StoryInfo BARE = new StoryInfo("notes", "Notes", null, null, null, null, null, null, 3, "h",
            OffsetDateTime.parse("2026-12-02T10:00:00Z"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who wrote this?|AUTHOR", "who wrote it|AUTHOR", "Who wrote this article?|AUTHOR", "Who is this story by?|AUTHOR",
        "Who's the author of the piece?|AUTHOR", "Who are the reporters of this story?|AUTHOR", "whose article is this?|AUTHOR",
        "What's the byline?|AUTHOR", "By whom was the article written?|AUTHOR", "So who reported this report?|AUTHOR",
        "When was it published?|DATE", "When was this story published?|DATE", "when did the article come out?|DATE",
        "What is the date of this piece?|DATE", "How old is this article?|DATE", "What year is this story from?|DATE",
        "Which outlet ran it?|OUTLET", "What newspaper published this story?|OUTLET", "Which site is this from?|OUTLET",
        "Where was the article published?|OUTLET", "Who published this?|OUTLET", "What is the source of this article?|OUTLET",
        "What's the link?|LINK", "Where can I read this story online?|LINK", "What language is this article in?|LANGUAGE",
        "Can you tell me who wrote this piece, please?|AUTHOR"})
    void should_read_questions_about_the_story_itself(String question, StoryDetails.Asked asked) {
        assertThat(StoryDetails.asked(question)).contains(asked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who wrote the letter to Congress?", "Who wrote the report?", "When was the report published?",
        "Who published the study?", "When was the law published?", "Which newspaper did Trump criticise?",
        "Who is the author of the book?", "Which site was attacked?", "Where was the bomb found?",
        "What is the link between the two cases?", "What is the address of the embassy?", "Who reported the crime to police?",
        "When did it happen?", "Who wrote this letter, according to the story?", "What language do the protesters speak?",
        "Who runs the outlet that broke the news?", "Which outlet ran the leaked memo?", "Who is the reporter who was arrested?"})
    void should_leave_questions_about_the_content_to_the_stories_text(String question) {
        assertThat(StoryDetails.asked(question)).isEmpty();
    }

    @Test
    void should_answer_from_the_details_and_cite_them_as_the_details() {
        Composition.Grounded author = (Composition.Grounded) StoryDetails.answer(StoryDetails.Asked.AUTHOR, PAGE);

        assertThat(author.text()).isEqualTo("The story's details name its authors: Morag Lindqvist and Tomas Ferreira [1].");
        assertThat(author.shortAnswer()).isEqualTo(new ShortAnswer("Morag Lindqvist and Tomas Ferreira", ShortAnswer.Kind.PERSON));
        Citation cited = author.citations().get(0);
        assertThat(cited.fromDetails()).isTrue();
        assertThat(cited.place()).isEqualTo("the story's details");
        assertThat(cited.quote()).isEqualTo("By: Morag Lindqvist, Tomas Ferreira");
        assertThat(cited.paragraphText()).isEqualTo("Title: Harbour pilots strike\nBy: Morag Lindqvist, Tomas Ferreira\n"
                + "Published: 2024-03-14\nSource: The Coastal Gazette\nLink: https://gazette.example/pilots\nLanguage: en-GB");
        assertThat(((Composition.Grounded) StoryDetails.answer(StoryDetails.Asked.DATE, PAGE)).shortAnswer().text())
                .isEqualTo("14 March 2024");
        assertThat(((Composition.Grounded) StoryDetails.answer(StoryDetails.Asked.LANGUAGE, PAGE)).shortAnswer().text())
                .isEqualTo("English (United Kingdom) (en-GB)");
    }

    @Test
    void should_abstain_when_the_details_do_not_say() {
        for (StoryDetails.Asked asked : StoryDetails.Asked.values()) {
            assertThat(StoryDetails.answer(asked, BARE)).as(asked.name()).isInstanceOf(Composition.NotFound.class);
        }
        assertThat(((Composition.NotFound) StoryDetails.answer(StoryDetails.Asked.OUTLET, BARE)).reason())
                .isEqualTo("The story's details do not name the outlet that published it.");
    }
}
