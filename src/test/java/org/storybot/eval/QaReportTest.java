package org.storybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QaReportTest {

    private static final Pattern CELL = Pattern.compile("(\\d\\.\\d{3}) \\[(\\d\\.\\d{3}), (\\d\\.\\d{3})\\]");

    @Test
    void should_print_each_halfs_accuracy_with_an_interval_over_its_articles() {
        List<QaOutcome> outcomes = new ArrayList<>();
        for (int context = 0; context < 8; context++) {
            for (int q = 0; q < 5; q++) {
                // even articles: 4 of 5 answered right; odd ones: all right or all wrong, by turns
                boolean right = context % 2 == 0 ? q < 4 : context % 4 == 1;
                outcomes.add(new QaOutcome(context, context + "-" + q, "Who?", "who", false, "answered", "An answer.",
                        null, right, false, right, 12, 5.0));
            }
        }
        String line = QaReport.lines(outcomes).stream()
                .filter(l -> l.startsWith("answer accuracy ") && CELL.matcher(l).find()).findFirst().orElseThrow();
        Matcher cell = CELL.matcher(line);
        assertThat(cell.find()).isTrue();
        assertThat(cell.group(1)).isEqualTo("0.800");
        assertThat(cell.group(2)).isEqualTo("0.800"); // every even article alike: nothing to vary
        assertThat(cell.group(3)).isEqualTo("0.800");
        assertThat(cell.find()).isTrue();
        assertThat(cell.group(1)).isEqualTo("0.500");
        assertThat(Double.parseDouble(cell.group(2))).isLessThanOrEqualTo(0.25);
        assertThat(Double.parseDouble(cell.group(3))).isGreaterThanOrEqualTo(0.75);
    }
}
