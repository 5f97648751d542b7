package org.storybot.compare;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storybot.store.Vectors;
import org.storybot.text.WordSets;

/**
 * Which stories cover the same event, by date, people and content: average-linkage clustering of the
 * stories' pairwise likeness ({@link CompareTuning.Grouping}), joining the two closest groups while they
 * are close enough. Groups come out with most stories first, then earliest.
 */
final class EventGroups {

    private final CompareTuning.Grouping tuning;

    EventGroups(CompareTuning.Grouping tuning) {
        this.tuning = tuning;
    }

    List<List<StoryProfile>> of(List<StoryProfile> profiles) {
        int n = profiles.size();
        double[][] like = likeness(profiles);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (groups.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = tuning.join();
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double average = average(like, groups.get(a), groups.get(b));
                    if (average >= best) {
                        best = average;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
        }
        List<List<StoryProfile>> out = new ArrayList<>();
        for (List<Integer> group : groups) {
            List<StoryProfile> members = new ArrayList<>(group.stream().sorted().map(profiles::get).toList());
            members.sort(Comparator.comparing(StoryProfile::day, Comparator.nullsLast(Comparator.naturalOrder())));
            out.add(members);
        }
        out.sort(Comparator.comparingInt((List<StoryProfile> g) -> -g.size())
                .thenComparing(g -> g.get(0).day(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** How alike two stories are, 0 to 1: closeness in time times likeness of content. */
    double[][] likeness(List<StoryProfile> profiles) {
        int n = profiles.size();
        Map<String, Integer> documents = new HashMap<>();
        for (StoryProfile p : profiles) {
            p.words().keySet().forEach(w -> documents.merge(w, 1, Integer::sum));
        }
        List<Map<String, Double>> weights = profiles.stream().map(p -> weights(p, documents, n)).toList();
        double[][] like = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                StoryProfile a = profiles.get(i);
                StoryProfile b = profiles.get(j);
                double meaning = a.meaning() == null || b.meaning() == null ? 0 : Vectors.dot(a.meaning(), b.meaning());
                double content = content(cosine(weights.get(i), weights.get(j)), a.names(), b.names(), Math.max(0, meaning));
                like[i][j] = like[j][i] = closeness(a, b) * content;
            }
        }
        return like;
    }

    /** Likeness of content, 0 to 1; when neither story names a person, the names do not count either way. */
    private double content(double words, Set<String> namesA, Set<String> namesB, double meaning) {
        if (namesA.isEmpty() && namesB.isEmpty()) {
            return (tuning.words() * words + tuning.meaning() * meaning) / (tuning.words() + tuning.meaning());
        }
        return tuning.words() * words + tuning.names() * WordSets.jaccard(namesA, namesB) + tuning.meaning() * meaning;
    }

    private double closeness(StoryProfile a, StoryProfile b) {
        if (a.day() == null || b.day() == null) {
            return tuning.undated();
        }
        return 1.0 / (1 + tuning.perDay() * Math.abs(ChronoUnit.DAYS.between(a.day(), b.day())));
    }

    /** tf-idf, with the idf smoothed ({@code ln(1 + n / df)}) so that two stories alone still weigh their shared words. */
    private static Map<String, Double> weights(StoryProfile p, Map<String, Integer> documents, int n) {
        Map<String, Double> w = new HashMap<>();
        p.words().forEach((word, count) -> w.put(word, (1 + Math.log(count)) * Math.log(1 + (double) n / documents.get(word))));
        return w;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double average(double[][] like, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += like[i][j];
            }
        }
        return sum / (a.size() * b.size());
    }
}
