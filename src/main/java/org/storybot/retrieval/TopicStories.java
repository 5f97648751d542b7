package org.storybot.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which stories are about a topic, for the tools that read several (topic summaries, who's who):
 * those whose best passage among the best {@value #PASSAGES} for the topic scores at least
 * {@value #SHARE} of the best story's, at most {@value #MAX_STORIES}, best first; none when no
 * passage's cosine to the topic reaches {@value #MIN_COSINE}. Round values, looked at on
 * politics_2017.json, not tuned: "the travel ban ruling", "Sessions recusal" and "Yates fired" keep
 * the stories of the event and, for a broader topic, those of its neighbours; the best cosine was
 * 0.68 and 0.78 for two topics of the corpus, 0.49 to 0.60 for three it does not cover. (A timeline
 * reads the stories that name every word of its topic instead: a name's whole history.)
 */
public final class TopicStories {

    static final int PASSAGES = 30;
    static final double SHARE = 0.75;
    static final int MAX_STORIES = 8;
    static final double MIN_COSINE = 0.62;

    private final HybridRetriever retriever;

    public TopicStories(HybridRetriever retriever) {
        this.retriever = retriever;
    }

    /** The ids of the stories about {@code topic}, best first; empty when none is. */
    public List<String> about(String topic) {
        Retrieval found = retriever.retrieve(topic, null, PASSAGES);
        if (found.paragraphs().stream().noneMatch(e -> e.dense() >= MIN_COSINE)) {
            return List.of();
        }
        Map<String, Double> best = new LinkedHashMap<>();
        for (Evidence e : found.paragraphs()) {
            best.merge(e.storyId(), e.score(), Math::max);
        }
        double top = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return best.entrySet().stream().filter(e -> e.getValue() >= SHARE * top)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(MAX_STORIES).map(Map.Entry::getKey)
                .toList();
    }
}
