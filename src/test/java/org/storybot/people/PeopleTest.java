package org.storybot.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.Citation;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/** Who's who on the shipped story: the people the issue lists, with their roles, merged and cited; nothing else. */
class PeopleTest {

    @TempDir
    static Path dir;
    private static TestLibrary test;
    private static WhosWho whosWho;
    private static List<Person> people;

    @BeforeAll
    static void ingest() {
        test = new TestLibrary(dir.resolve("data"));
        test.ingestor.ingestFile(SharedData.seedStory());
        whosWho = new WhosWho(test.library, test.retriever(), Models.tagger(), Models.lexicon());
        people = ((PeopleReply.Listed) whosWho.ofStory(null)).people();
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static Map<String, Person> byName() {
        return people.stream().collect(Collectors.toMap(Person::name, Function.identity()));
    }

    @Test
    void should_name_every_person_of_the_story_with_the_role_it_gives() {
        Map<String, Person> named = byName();

        assertThat(named).containsKeys("Trump", "Jeff Sessions", "Peter Baker", "Maggie Haberman", "Bill Clinton", "Janet Reno",
                "Sarah Huckabee Sanders", "Sean Spicer", "Chris Christie");
        assertThat(named.get("Trump").role()).isEqualTo("President");
        assertThat(named.get("Jeff Sessions").role()).isEqualTo("Attorney General");
        assertThat(named.get("Peter Baker").role()).as("\"The journalists also claimed\" after both are named").isEqualTo("journalist");
        assertThat(named.get("Maggie Haberman").role()).isEqualTo("journalist");
        assertThat(named.get("Janet Reno").role()).as("the apposition").isEqualTo("then-Attorney General");
        assertThat(named.get("Sarah Huckabee Sanders").role()).isEqualTo("official spokeswoman for the White House");
        assertThat(named.get("Sean Spicer").role()).isEqualTo("Press Secretary");
        assertThat(named.get("Chris Christie").role()).isEqualTo("Governor");
        assertThat(named.get("Bill Clinton").role()).isEqualTo("President");
    }

    @Test
    void should_list_no_organisation_or_place_as_a_person() {
        assertThat(people).extracting(Person::name).doesNotContain("White House", "Justice Department", "New York Times",
                "York Times", "Supreme Court", "United States", "Russia", "Ninth Circuit", "House", "California", "Monday", "March");
        assertThat(people).hasSize(9);
    }

    @Test
    void should_merge_a_last_name_and_the_role_read_back_into_the_person() {
        Person sessions = byName().get("Jeff Sessions");

        assertThat(people).extracting(Person::name).doesNotContain("Sessions", "Attorney General");
        assertThat(sessions.mentions()).as("Jeff Sessions, Sessions and \"the Attorney General's offer\"").isGreaterThanOrEqualTo(12);
        assertThat(sessions.citations()).extracting(Citation::paragraph).startsWith(1, 2, 3, 4);
        assertThat(byName().get("Trump").citations()).extracting(Citation::paragraph).contains(1, 2, 3, 4, 6, 7);
        assertThat(people.get(0).name()).as("the most mentioned first").isIn("Jeff Sessions", "Trump");
    }

    @Test
    void should_cite_the_sentence_that_names_the_person() {
        Citation first = byName().get("Chris Christie").citations().get(0);

        assertThat(first.storyId()).isEqualTo("sessions-offered-resignation");
        assertThat(first.paragraph()).isEqualTo(9);
        assertThat(first.quote()).contains("Governor Chris Christie").doesNotContain("Sessions has also expressed");
        assertThat(first.paragraphText()).contains(first.quote());
    }

    @Test
    void should_read_a_topic_through_retrieval_and_refuse_an_unknown_story() {
        PeopleReply topic = whosWho.of("the travel ban tweets");
        PeopleReply unknown = whosWho.ofStory("no-such-story");

        assertThat(topic).isInstanceOf(PeopleReply.Listed.class);
        assertThat(((PeopleReply.Listed) topic).stories()).containsExactly("sessions-offered-resignation");
        assertThat(((PeopleReply.Listed) topic).people()).extracting(Person::name).contains("Jeff Sessions");
        assertThat(unknown).isInstanceOf(PeopleReply.Refused.class);
        assertThat(((PeopleReply.Refused) unknown).message()).contains("no-such-story");
    }
}
