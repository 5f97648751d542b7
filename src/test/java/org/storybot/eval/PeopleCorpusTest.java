package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;
import org.storybot.people.WhosWho;
import org.storybot.store.StoryInfo;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * Who's who on the 22 articles of politics_2017.json: on three read by hand, the people they name with
 * their titles, and none of the organisations and places they name; for all, the counts printed.
 */
@Tag("corpus") // ingests the 22 articles of ../shared
class PeopleCorpusTest {

    @TempDir
    static Path dir;
    private static TestLibrary test;
    private static WhosWho whosWho;

    @BeforeAll
    static void ingest() {
        Path politics = SharedData.require("data/politics_2017.json");
        test = new TestLibrary(dir.resolve("data"));
        test.ingestor.ingestFile(politics);
        whosWho = new WhosWho(test.library, test.retriever(), Models.tagger(), Models.lexicon());
    }

    @AfterAll
    static void close() {
        if (test != null) {
            test.close();
        }
    }

    private static Map<String, Person> people(String story) {
        return ((PeopleReply.Listed) whosWho.ofStory(story)).people().stream()
                .collect(Collectors.toMap(Person::name, Function.identity(), (a, b) -> a));
    }

    @Test
    void should_list_the_senators_of_the_confirmation_hearing_and_none_of_its_committees() {
        Map<String, Person> named = people("allsides-9rqLoWFukSSQ10LN"); // CNN, the Senate hearing

        assertThat(named).containsKeys("Jeff Sessions", "Patrick Leahy", "Al Franken", "Ted Cruz", "Richard Shelby", "Susan Collins",
                "Cory Booker", "Chuck Grassley", "Dianne Feinstein", "Lindsey Graham", "Hillary Clinton", "Barack Obama");
        assertThat(named.get("Susan Collins").role()).as("\"Maine Sen. Susan Collins\"").isEqualTo("Maine Sen.");
        assertThat(named.get("Al Franken").role()).isEqualTo("Sen.");
        assertThat(named.keySet()).doesNotContain("Senate Judiciary Committee", "Judiciary Committee", "Supreme Court",
                "Civil Liberties Union", "United States", "Justice Department", "Senate Democrats", "Capitol Hill", "Code Pink", "NAACP",
                "Maine Sen", "Democratic Sen");
    }

    @Test
    void should_list_the_officials_of_the_travel_ban_story_and_none_of_its_ministries() {
        Map<String, Person> named = people("allsides-BZvljbLGp3vKQGC0"); // CNN, the new travel ban

        assertThat(named.get("Haider al-Abadi").role()).isEqualTo("Iraqi Prime Minister");
        assertThat(named.get("Haider al-Abadi").mentions()).as("\"Abadi\" is the same man").isGreaterThanOrEqualTo(3);
        assertThat(named.get("Mike Pence").role()).isEqualTo("Vice President");
        assertThat(named.get("John Kelly").role()).isEqualTo("Homeland Security Secretary");
        assertThat(named.get("Rex Tillerson").role()).as("a title with \"of\" in it").isEqualTo("Secretary of State");
        assertThat(named.get("James Mattis").role()).isEqualTo("Secretary of Defense");
        assertThat(named).containsKeys("Donald Trump", "Jeff Sessions", "Adam Schiff", "Sean Spicer", "H.R. McMaster", "James Mattis");
        assertThat(named.keySet()).doesNotContain("CNN", "Foreign Ministry", "Iraqi Foreign Ministry", "White House", "State Department",
                "Homeland Security", "United States", "Justice Department", "Muslim Ban");
    }

    @Test
    void should_list_the_people_of_the_supreme_court_story_with_their_descriptions() {
        Map<String, Person> named = people("allsides-MAgXpm5heyPSTYIc"); // the Guardian, the ruling

        assertThat(named.get("Heather Nauert").role()).isEqualTo("state department spokeswoman");
        assertThat(named.get("Roger Gregory").role()).isEqualTo("chief judge");
        assertThat(named).containsKeys("Trump", "Clarence Thomas", "Samuel Alito", "Sean Spicer", "Margaret Huang");
        assertThat(named.keySet()).doesNotContain("Amnesty International", "White House", "United States", "Democratic National Committee",
                "Supreme Court");
    }

    @Test
    void should_merge_a_shorter_form_of_a_full_name_into_it() {
        Map<String, Person> named = people("allsides-OLl4TAQKWsiHHmkf"); // CNN, the undisclosed meetings

        assertThat(named).doesNotContainKey("Isgur Flores");
        assertThat(named.get("Sarah Isgur Flores").role()).isEqualTo("spokeswoman");
        assertThat(named.get("Sarah Isgur Flores").citations()).extracting(c -> c.paragraph() + "/" + c.marker())
                .containsExactly("21/1", "22/2");
    }

    @Test
    void should_print_the_counts_for_every_article() {
        int stories = 0;
        int listed = 0;
        int withRole = 0;
        int mentions = 0;
        List<StoryInfo> all = test.library.stories();
        for (StoryInfo story : all) {
            List<Person> people = ((PeopleReply.Listed) whosWho.ofStory(story.id())).people();
            stories++;
            listed += people.size();
            withRole += (int) people.stream().filter(p -> p.role() != null).count();
            mentions += people.stream().mapToInt(Person::mentions).sum();
            assertThat(people).allSatisfy(p -> assertThat(p.citations()).allSatisfy(c -> assertThat(c.paragraphText()).contains(c.quote())));
        }
        System.out.printf("who's who on politics_2017.json: %d stories, %d people listed (%.1f a story), %d with a role, %d mentions%n",
                stories, listed, listed / (double) stories, withRole, mentions);
        assertThat(stories).isEqualTo(22);
        assertThat(listed).isGreaterThan(150);
    }
}
