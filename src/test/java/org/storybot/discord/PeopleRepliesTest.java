package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storybot.answer.Citation;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;

/** /people's message: Markdown escaped, within Discord's 2,000 characters, saying how many more there are. */
class PeopleRepliesTest {

    @Test
    void should_cut_a_long_list_inside_one_message_and_say_how_many_are_left() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String text = "Person" + i + " Name_" + i + " said so.";
            people.add(new Person("Person" + i + " Name_" + i, i % 2 == 0 ? "*the* spokeswoman for the White House" : null, 3,
                    List.of(new Citation(1, "story-a", "A", 4, text, text), new Citation(2, "story-b", "B", 7, text, text))));
        }

        String shown = PeopleReplies.format(new PeopleReply.Listed(List.of("story-a", "story-b"), people), "a @everyone topic");

        assertThat(shown).hasSizeLessThanOrEqualTo(MessageSplitter.DISCORD_LIMIT)
                .startsWith("**Who's who** in 2 stories about “a @everyone topic” (`story-a`, `story-b`)")
                .contains("• **Person0 Name\\_0**, \\*the\\* spokeswoman for the White House: 3 mentions, `story-a` ¶ 4; `story-b` ¶ 7")
                .containsPattern("\n…and \\d+ more \\(`storybot people --json` lists them all\\)$");
    }

    @Test
    void should_say_so_when_nobody_is_named_and_pass_a_refusal_on() {
        assertThat(PeopleReplies.format(new PeopleReply.Listed(List.of("harbour"), List.of()), null))
                .isEqualTo("**Who's who** in the story (`harbour`): nobody is named.");
        assertThat(PeopleReplies.format(new PeopleReply.Refused("No story is about “x”."), "x")).isEqualTo("No story is about “x”.");
    }
}
