package org.storybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storybot.answer.Citation;
import org.storybot.timeline.TimelineEvent;
import org.storybot.timeline.TimelineResult;
import org.storybot.timeline.When;

/**
 * Does a topic's timeline put the event groups of politics_2017.json in their true order? Each group
 * (its {@code event} field, read here only, never by the product) is placed at the timeline entry
 * dated on its stories' day or the day before that cites the most of its stories; the placed groups
 * are in true order when their positions rise with the groups' dates.
 */
public final class TimelineEvaluation {

    /** A group of the corpus: its name, its stories' date, its stories. */
    public record Group(String event, LocalDate date, Set<String> stories) {
    }

    /** Where a group landed: the entry's position (0-based) and date, or -1 and null when no entry dates it. */
    public record Placement(Group group, int storiesRead, int position, LocalDate placed, String text) {
        public boolean found() {
            return position >= 0;
        }
    }

    /** The measure: the groups placed, the pairs of placed groups in true order, and whether all are. */
    public record Measure(int events, int dated, List<Placement> placements, int placed, int pairsInOrder, int pairs) {
        public boolean inTrueOrder() {
            return pairsInOrder == pairs;
        }
    }

    private TimelineEvaluation() {
    }

    /** The event groups of a file in politics_2017.json's format, by date. */
    public static List<Group> groups(Path file, ObjectMapper json) throws IOException {
        Map<String, List<JsonNode>> byEvent = new LinkedHashMap<>();
        for (JsonNode article : json.readTree(file.toFile())) {
            byEvent.computeIfAbsent(article.path("event").asText(), e -> new ArrayList<>()).add(article);
        }
        return byEvent.entrySet().stream().map(e -> new Group(e.getKey(), LocalDate.parse(e.getValue().get(0).path("date").asText()),
                e.getValue().stream().map(a -> a.path("id").asText()).collect(Collectors.toSet())))
                .sorted(Comparator.comparing(Group::date)).toList();
    }

    public static Measure measure(TimelineResult.Events timeline, List<Group> groups) {
        List<TimelineEvent> events = timeline.events();
        Set<String> read = timeline.stories().stream().map(s -> s.id()).collect(Collectors.toSet());
        List<Placement> placements = new ArrayList<>();
        for (Group g : groups) {
            int best = -1;
            long bestCited = 0;
            for (int i = 0; i < events.size(); i++) {
                When when = events.get(i).when();
                if (!when.resolved() || when.precision() != When.Precision.DAY || when.date().isAfter(g.date())
                        || when.date().isBefore(g.date().minusDays(1))) {
                    continue;
                }
                long cited = events.get(i).citations().stream().map(Citation::storyId).distinct().filter(g.stories()::contains).count();
                if (cited > bestCited) {
                    best = i;
                    bestCited = cited;
                }
            }
            int storiesRead = (int) g.stories().stream().filter(read::contains).count();
            placements.add(best < 0 ? new Placement(g, storiesRead, -1, null, null)
                    : new Placement(g, storiesRead, best, events.get(best).when().date(), events.get(best).text()));
        }
        List<Placement> found = placements.stream().filter(Placement::found).toList();
        int pairs = 0;
        int inOrder = 0;
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                if (found.get(i).group().date().equals(found.get(j).group().date())) {
                    continue;
                }
                pairs++;
                inOrder += found.get(i).position() < found.get(j).position() ? 1 : 0;
            }
        }
        int dated = (int) events.stream().filter(e -> e.when().resolved()).count();
        return new Measure(events.size(), dated, placements, found.size(), inOrder, pairs);
    }

    /** The measure as printed by {@code storybot eval-timeline}. */
    public static List<String> lines(String topic, int stories, Measure m) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Timeline of “%s”: %d stories read, %d events (%d dated)", topic, stories, m.events(), m.dated()));
        lines.add(String.format(Locale.ROOT, "%-42s %-10s %7s %-10s %9s  %s", "event group", "true date", "stories", "placed", "position",
                "entry"));
        for (Placement p : m.placements()) {
            lines.add(String.format(Locale.ROOT, "%-42s %-10s %3d of %d %-10s %9s  %s", p.group().event(), p.group().date(),
                    p.storiesRead(), p.group().stories().size(), p.found() ? p.placed() : "-", p.found() ? "#" + (p.position() + 1) : "-",
                    p.found() ? clip(p.text()) : "no entry dated on its day cites it"));
        }
        lines.add(String.format(Locale.ROOT, "groups placed: %d of %d; pairs in true order: %d of %d; placed groups in true order: %s",
                m.placed(), m.placements().size(), m.pairsInOrder(), m.pairs(), m.inTrueOrder() ? "yes" : "no"));
        return lines;
    }

    private static String clip(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }
}
