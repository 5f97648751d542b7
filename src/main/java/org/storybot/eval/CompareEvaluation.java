package org.storybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storybot.answer.Citation;
import org.storybot.answer.GroundingCheck;
import org.storybot.compare.CompareResult;
import org.storybot.compare.EventCoverage;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;

/**
 * How coverage across outlets measures on politics_2017.json: grouping precision and recall over
 * pairs of stories against the articles' {@code event} field (read here only, never by the product);
 * each shared item supported, by the full citation check, by the paragraph it cites in each outlet;
 * each "only one outlet reports" item absent, by the same check, from the other stories of its group
 * (all of each story's paragraphs given to the check at once).
 */
public final class CompareEvaluation {

    /** The figures. */
    public record Measure(int stories, int events, int pairsFound, int pairsRight, int pairsTrue, int sharedItems,
            int sharedCitations, int sharedSupported, int onlyItems, int onlyAbsent, int differItems, List<String> wrong) {

        public double precision() {
            return pairsFound == 0 ? 1 : (double) pairsRight / pairsFound;
        }

        public double recall() {
            return pairsTrue == 0 ? 1 : (double) pairsRight / pairsTrue;
        }
    }

    private CompareEvaluation() {
    }

    /** Each article's event, by id, from a file in politics_2017.json's format. */
    public static Map<String, String> events(Path file, ObjectMapper json) throws IOException {
        Map<String, String> events = new LinkedHashMap<>();
        for (JsonNode article : json.readTree(file.toFile())) {
            events.put(article.path("id").asText(), article.path("event").asText());
        }
        return events;
    }

    public static Measure measure(CompareResult.Groups result, Map<String, String> events,
            Function<String, Optional<StoredStory>> stories, GroundingCheck check) {
        Map<String, Integer> groupOf = new HashMap<>();
        int g = 0;
        for (EventCoverage event : result.groups()) {
            for (StoryInfo s : event.stories()) {
                groupOf.put(s.id(), g);
            }
            g++;
        }
        List<String> ids = new ArrayList<>(events.keySet());
        int found = 0;
        int right = 0;
        int truth = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean same = events.get(ids.get(i)).equals(events.get(ids.get(j)));
                Integer a = groupOf.get(ids.get(i));
                boolean grouped = a != null && a.equals(groupOf.get(ids.get(j)));
                truth += same ? 1 : 0;
                found += grouped ? 1 : 0;
                right += same && grouped ? 1 : 0;
                if (same != grouped) {
                    wrong.add((grouped ? "grouped apart events: " : "missed pair: ") + ids.get(i) + " + " + ids.get(j));
                }
            }
        }
        int sharedItems = 0;
        int citations = 0;
        int supported = 0;
        int onlyItems = 0;
        int absent = 0;
        int differ = 0;
        for (EventCoverage event : result.groups()) {
            for (EventCoverage.Item item : event.shared()) {
                sharedItems++;
                Map<String, List<Citation>> byOutlet = new LinkedHashMap<>();
                item.citations().forEach(c -> byOutlet.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(c));
                for (Map.Entry<String, List<Citation>> outlet : byOutlet.entrySet()) {
                    citations++;
                    Map<Integer, StoredParagraph> cited = new LinkedHashMap<>();
                    StringBuilder markers = new StringBuilder();
                    for (Citation c : outlet.getValue()) {
                        StoredParagraph p = paragraph(stories, c);
                        if (p != null) {
                            cited.put(cited.size() + 1, p);
                            markers.append(" [").append(cited.size()).append(']');
                        }
                    }
                    if (!cited.isEmpty() && !check.check(unmarked(item.text()) + markers, cited).supported().isEmpty()) {
                        supported++;
                    } else {
                        wrong.add("shared item not supported in " + outlet.getKey() + ": " + item.text());
                    }
                }
            }
            for (EventCoverage.Only only : event.only()) {
                onlyItems++;
                String foundIn = null;
                for (StoryInfo other : event.stories()) {
                    if (!other.id().equals(only.storyId()) && inStory(check, only.text(), stories.apply(other.id()))) {
                        foundIn = other.id();
                    }
                }
                if (foundIn == null) {
                    absent++;
                } else {
                    wrong.add("\"only\" item found in " + foundIn + ": " + only.text());
                }
            }
            differ += event.differ().size();
        }
        return new Measure(ids.size(), (int) events.values().stream().distinct().count(), found, right, truth, sharedItems,
                citations, supported, onlyItems, absent, differ, wrong);
    }

    private static StoredParagraph paragraph(Function<String, Optional<StoredStory>> stories, Citation c) {
        return stories.apply(c.storyId()).flatMap(s -> s.paragraphs().stream().filter(p -> p.number() == c.paragraph()).findFirst())
                .orElse(null);
    }

    /** Whether the check finds {@code text} in the story: all its paragraphs given at once, every one cited. */
    private static boolean inStory(GroundingCheck check, String text, Optional<StoredStory> story) {
        if (story.isEmpty()) {
            return false;
        }
        Map<Integer, StoredParagraph> all = new LinkedHashMap<>();
        StringBuilder markers = new StringBuilder();
        for (StoredParagraph p : story.get().paragraphs()) {
            all.put(all.size() + 1, p);
            markers.append(" [").append(all.size()).append(']');
        }
        return !check.check(unmarked(text) + markers, all).supported().isEmpty();
    }

    /** The text with its own brackets made round, so that none is read as a citation marker. */
    private static String unmarked(String text) {
        return text.replace("[", "(").replace("]", ")");
    }

    public static List<String> lines(Measure m) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "stories %d, events %d (the file's `event` field, read by this measure only)",
                m.stories(), m.events()));
        out.add(String.format(Locale.ROOT, "grouping over pairs of stories: precision %.3f (%d of %d grouped pairs right), "
                + "recall %.3f (%d of %d true pairs)", m.precision(), m.pairsRight(), m.pairsFound(), m.recall(), m.pairsRight(),
                m.pairsTrue()));
        out.add(String.format(Locale.ROOT, "shared items %d: supported in %d of %d cited outlets by the citation check",
                m.sharedItems(), m.sharedSupported(), m.sharedCitations()));
        out.add(String.format(Locale.ROOT, "\"only one outlet reports\" items %d: %d absent from every paragraph of the other "
                + "stories of their event by the citation check", m.onlyItems(), m.onlyAbsent()));
        out.add(String.format(Locale.ROOT, "\"where they differ\" items %d", m.differItems()));
        m.wrong().forEach(w -> out.add("  " + w));
        return out;
    }
}
