package org.storybot.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storybot.answer.Citation;

/**
 * A person the stories name: the fullest form of the name they give, the role or description they
 * give (null when none), how many times they mention the person, and a citation of each paragraph
 * that does, in story order.
 */
public record Person(String name, String role, int mentions, List<Citation> citations) {

    public Person {
        Objects.requireNonNull(name, "name");
        citations = List.copyOf(citations);
        if (mentions < 1) {
            throw new IllegalArgumentException("a person listed is mentioned at least once");
        }
    }

    /** The paragraphs cited, by story, in the order cited: what adapters show as "paragraphs 1, 2, 5". */
    public Map<String, List<Integer>> paragraphs() {
        Map<String, List<Integer>> byStory = new LinkedHashMap<>();
        for (Citation c : citations) {
            byStory.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(c.paragraph());
        }
        return byStory;
    }
}
