package org.storybot.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Models;
import org.storybot.support.TestLibrary;

/**
 * Titles and names as a story writes them: a title with "of" in it, a plural one before two names, a
 * description after a speech verb, a title that is a plain word first ("Justice Ortiz"), and a
 * given name cut short ("Steve" for "Steven").
 */
class TitleRolesTest {

    @Test
    void should_read_the_whole_title_and_each_person_of_a_plural_one(@TempDir Path dir) throws IOException {
        Path story = Files.writeString(dir.resolve("cabinet.md"), "# The cabinet meets\n\n"
                + "Secretary of State Marion Blake said on Tuesday that the talks would go on. Blake told host Owen Pryce that"
                + " she expected a deal within weeks.\n\n"
                + "Justices Helen Varga and Samuel Ortiz wrote that the order went too far. Justice Ortiz added that the court"
                + " would hear the case again.\n");
        Map<String, Person> named = byName(peopleOf(dir, story));

        assertThat(named).containsOnlyKeys("Marion Blake", "Owen Pryce", "Helen Varga", "Samuel Ortiz");
        assertThat(named.get("Marion Blake").role()).as("the title runs back over \"of\"").isEqualTo("Secretary of State");
        assertThat(named.get("Marion Blake").mentions()).isEqualTo(2);
        assertThat(named.get("Owen Pryce").role()).as("not \"Blake told host\"").isEqualTo("host");
        assertThat(named.get("Helen Varga").role()).isEqualTo("Justice");
        assertThat(named.get("Samuel Ortiz").role()).as("a plural title is each one's").isEqualTo("Justice");
        assertThat(named.get("Samuel Ortiz").mentions()).as("\"Justice Ortiz\" is the one Ortiz named in full").isEqualTo(2);
    }

    @Test
    void should_list_no_court_project_or_bare_title_and_each_whole_name(@TempDir Path dir) throws IOException {
        Path story = Files.writeString(dir.resolve("appeal.md"), "# The appeal\n\n"
                + "The 4th Circuit said on Monday that the rule could not stand. The group's Immigrant Rights Project said it"
                + " would ask for more. Lawyer Dora Whitcombe said the ruling was clear.\n\n"
                + "The acting deputy and U.S. Attorney for the Western District of Ohio Lena Varick will oversee the appeal.\n");
        List<Person> people = peopleOf(dir, story);

        assertThat(people).extracting(Person::name).as("the tagger reads \"Whitcombe\" as a pronoun here").containsExactly("Dora Whitcombe", "Lena Varick");
    }

    @Test
    void should_take_a_given_name_cut_short_for_the_full_one_and_a_name_after_her_description(@TempDir Path dir) throws IOException {
        Path story = Files.writeString(dir.resolve("budget.md"), "# The budget\n\n"
                + "Treasury Secretary Steven Lind said on Tuesday that the budget would balance.\n\n"
                + "Steve Lind told reporters later that the numbers were sound.\n\n"
                + "Dana Okafor said the plan was fair, and her brother Dan Okafor said it was not.\n");
        Map<String, Person> named = byName(peopleOf(dir, story));

        assertThat(named).containsOnlyKeys("Steven Lind", "Dana Okafor", "Dan Okafor");
        assertThat(named.get("Steven Lind").mentions()).as("\"Steve Lind\" is the Steven Lind named before").isEqualTo(2);
        assertThat(named.get("Steven Lind").role()).isEqualTo("Treasury Secretary");
        assertThat(named.get("Dan Okafor").role()).as("\"her\" is the description's, not the name's").isEqualTo("brother");
    }

    private static Map<String, Person> byName(List<Person> people) {
        return people.stream().collect(Collectors.toMap(Person::name, Function.identity()));
    }

    /** Who's who on one story written into {@code dir}. */
    private static List<Person> peopleOf(Path dir, Path story) {
        try (TestLibrary test = new TestLibrary(dir.resolve("data"))) {
            test.ingestor.ingestFile(story);
            WhosWho whosWho = new WhosWho(test.library, test.retriever(), Models.tagger(), Models.lexicon());
            return ((PeopleReply.Listed) whosWho.ofStory(null)).people();
        }
    }
}
