package org.storybot.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A story's byline as stored: the authors' names in one string, "Jane Doe, John Roe". The one
 * place that joins names and splits them back, so `show --json` lists what ingest stored.
 */
public final class Authors {

    private static final String SEPARATOR = ", ";
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

    private Authors() {
    }

    /** The names joined, or null when there are none. */
    public static String join(List<String> names) {
        List<String> kept = names.stream().map(Text::normalize).filter(n -> !n.isEmpty()).distinct().toList();
        return kept.isEmpty() ? null : String.join(SEPARATOR, kept);
    }

    /** The names of a stored byline, in order; empty when there is none. */
    public static List<String> split(String authors) {
        if (authors == null || authors.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Arrays.stream(SPLIT.split(authors.strip())).map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
        return List.copyOf(names);
    }
}
