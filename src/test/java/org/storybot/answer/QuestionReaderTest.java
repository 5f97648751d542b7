package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storybot.answer.Asked.Want;
import org.storybot.support.Models;

/** What a question asks for, read from its words and WordNet, on questions readers type. */
class QuestionReaderTest {

    private static final Tagger TAGGER = new Tagger();
    private final QuestionReader reader = new QuestionReader(TAGGER, Models.lexicon(), OfflineTuning.DEFAULT.settingWeight());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who turned down the resignation? | PERSON",
        "Which doctor raced to the scene after hearing about the collapse? | PERSON",
        "When did the miners become trapped? | TIME",
        "What time was the noose found? | TIME",
        "Where is Bush giving his speech to the veterans? | PLACE",
        "How many polyps were taken out? | NUMBER",
        "How old is Theia? | NUMBER",
        "What percentage of voters backed the plan? | NUMBER",
        "Why did officials call off the search? | CAUSE",
        "What caused the Minneapolis bridge to give way? | CAUSE",
        "Which newspaper reported on the feud? | NAMED",
        "What play did Radcliffe first appear on stage in? | NAMED",
        "Who is Sergey Kislyak? | ROLE",
        "What does Sara Mellado do for a living? | ROLE",
        "Did Trump accept the resignation? | POLARITY",
        "What did Babineau do to help the children on the school bus? | ANY",
        "What kind of things does Radcliffe like to buy? | ANY"})
    void should_tell_what_kind_of_answer_is_wanted(String question, Want want) {
        assertThat(reader.read(question).want()).isEqualTo(want);
    }

    @Test
    void should_find_the_noun_that_names_the_kind_wanted() {
        assertThat(reader.read("What kind of cancer did Schuller have?").focus()).isEqualTo("cancer");
        assertThat(reader.read("What were the names of the rescuers killed in the second collapse?").focus()).isEqualTo("name");
        assertThat(reader.read("Which European country is still carrying out executions?").focus()).isEqualTo("country");
    }

    @Test
    void should_keep_names_apart_from_content_words_and_join_what_wordnet_knows_as_one() {
        Asked asked = reader.read("How many people were put to death around the world in 2014?");

        assertThat(asked.names()).containsExactly("2014");
        assertThat(asked.terms()).extracting(Asked.Term::word).contains("put to death", "people", "world")
                .doesNotContain("many", "were");
    }

    @Test
    void should_weigh_the_words_of_a_closing_clause_of_time_less_than_what_the_question_asks() {
        Map<String, Double> scene = weights(reader.read("Who ran the bakery after its founder left?"));
        assertThat(scene.get("left")).isLessThan(scene.get("bakery"));
        assertThat(scene.get("founder")).isLessThan(scene.get("bakery"));

        // "after the vote" is a phrase, not a clause: its word counts in full
        Map<String, Double> phrase = weights(reader.read("Who ran the bakery after the vote?"));
        assertThat(phrase.get("vote")).isEqualTo(phrase.get("bakery"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Why did officials call off the search? | The stories do not answer “Why did officials call off the search?”",
        "where is the mayor giving her speech | The stories do not answer “Where is the mayor giving her speech?”",
        "How many people did the storm kill? | The stories do not answer “How many people did the storm kill?”",
        "Who took the dog in after she was found? | The stories do not say who took the dog in after she was found.",
        "Who was arrested on Monday? | The stories do not say who was arrested on Monday.",
        "How many people died in the crash? | The stories do not say how many people died in the crash."})
    void should_say_back_a_question_it_cannot_answer_in_words_that_read_right(String question, String said) {
        assertThat(Verdicts.notSaid(reader.read(question))).isEqualTo(said);
    }

    private static Map<String, Double> weights(Asked asked) {
        Map<String, Double> weights = new HashMap<>();
        asked.terms().forEach(t -> weights.put(t.word(), t.weight()));
        return weights;
    }

    @Test
    void should_tell_who_did_it_from_whom_it_was_done_to() {
        assertThat(reader.read("Who hit Theia with the hammer?").voice()).isEqualTo(Asked.Voice.ACTIVE);
        assertThat(reader.read("Who will be elected Portugal's new president early next year?").voice())
                .isEqualTo(Asked.Voice.PASSIVE);
        assertThat(reader.read("Who is suited to interpret the Treaties?").voice()).isEqualTo(Asked.Voice.NONE);
    }

    @Test
    void should_mark_questions_that_name_someone_by_a_role() {
        assertThat(reader.read("Who is the president of the ICC?").byRole()).isTrue();
        assertThat(reader.read("Who hung the noose?").byRole()).isFalse();
    }

    @Test
    void should_require_a_phrase_of_the_kind_only_where_the_question_word_says_so() {
        assertThat(reader.read("When was the Duchy of Normandy founded?").strict()).isTrue();
        assertThat(reader.read("What were the names of the rescuers killed in the second collapse?").strict()).isTrue();
        // "what branch of science" may be answered by any words, not only by a name
        assertThat(reader.read("What branch of theoretical computer science deals with classifying problems?").strict())
                .isFalse();
    }

    @Test
    void should_read_the_tense_of_the_question() {
        assertThat(reader.read("When did Portugal hold its election?").tense()).isEqualTo(Asked.Tense.PAST);
        assertThat(reader.read("When will Vick be sentenced?").tense()).isEqualTo(Asked.Tense.FUTURE);
    }
}
