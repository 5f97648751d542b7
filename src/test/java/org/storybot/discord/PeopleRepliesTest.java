package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storybot.answer.Citation;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;

/** /people's pages: Markdown escaped, each within Discord's 2,000 characters, everyone listed once in order. */
class PeopleRepliesTest {

    @Test
    void should_page_a_long_list_with_everyone_on_some_page() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String text = "Person" + i + " Name_" + i + " said so.";
            people.add(new Person("Person" + i + " Name_" + i, i % 2 == 0 ? "*the* spokeswoman for the White House" : null, 3,
                    List.of(new Citation(1, "story-a", "A", 4, text, text), new Citation(2, "story-b", "B", 7, text, text))));
        }

        List<String> pages = PeopleReplies.pages(new PeopleReply.Listed(List.of("story-a", "story-b"), people), "a @everyone topic");

        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(PageBook.PAGE_BUDGET)
                .startsWith("**Who's who** in 2 stories about “a @everyone topic” (`story-a`, `story-b`)\n• **Person"));
        assertThat(pages.get(0))
                .contains("• **Person0 Name\\_0**, \\*the\\* spokeswoman for the White House: 3 mentions, `story-a` ¶ 4; `story-b` ¶ 7");
        String all = String.join("\n", pages);
        for (int i = 0; i < 80; i++) {
            assertThat(all).containsOnlyOnce("• **Person" + i + " Name\\_" + i + "**");
        }
        assertThat(all.indexOf("Person79 Name")).isGreaterThan(all.indexOf("Person78 Name"));
    }

    @Test
    void should_say_so_when_nobody_is_named_and_pass_a_refusal_on() {
        assertThat(PeopleReplies.pages(new PeopleReply.Listed(List.of("harbour"), List.of()), null))
                .containsExactly("**Who's who** in the story (`harbour`): nobody is named.");
        assertThat(PeopleReplies.pages(new PeopleReply.Refused("No story is about “x”."), "x")).containsExactly("No story is about “x”.");
    }
}
