package org.storybot.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Citation markers in a model's reply: [3], [1, 2], [1,2; 4], [2-3], and the passage numbers they name. */
final class Markers {

    /** A citation marker; its group 1 lists the passage numbers. */
    static final Pattern MARKER = Pattern.compile("\\[\\s*(\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?(?:\\s*[,;]\\s*\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?)*)\\s*]");
    static final Pattern LEADING = Pattern.compile("^((?:\\s*" + MARKER.pattern() + ")+)\\s*");
    private static final int MAX_RANGE = 10;

    private Markers() {
    }

    /** The passage numbers a sentence's markers name. */
    static Set<Integer> of(String sentence) {
        Set<Integer> ids = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            for (String item : m.group(1).split("[,;]")) {
                String[] range = item.strip().split("\\s*[-–]\\s*");
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                for (int id = from; id <= to && id < from + MAX_RANGE; id++) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** A sentence as the reader sees it, markers gone, spacing before punctuation tidied. */
    static String removed(String sentence) {
        return MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.,;:!?)”’\"])", "$1").replaceAll("\\s{2,}", " ")
                .strip();
    }
}
