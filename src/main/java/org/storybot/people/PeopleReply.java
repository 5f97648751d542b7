package org.storybot.people;

import java.util.List;

/** What /people answers: the people of the stories read, or why no story was read. */
public sealed interface PeopleReply {

    /** @param stories the ids of the stories read, in the order read */
    record Listed(List<String> stories, List<Person> people) implements PeopleReply {
        public Listed {
            stories = List.copyOf(stories);
            people = List.copyOf(people);
        }
    }

    /** No story to read: the library is empty, the id unknown, the topic found nothing, or which story is unclear. */
    record Refused(String message) implements PeopleReply {
    }
}
