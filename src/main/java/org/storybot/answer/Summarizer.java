package org.storybot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storybot.answer.SummaryUnits.Piece;
import org.storybot.answer.SummaryUnits.Unit;
import org.storybot.embedding.Embedder;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.Vectors;
import org.storybot.story.Text;

/**
 * Extractive summaries: the story's most central sentences, none repeating another in substance,
 * within the word limit, in story order, each cited. A sentence is central as the ones after it
 * echo it (news elaborates what it says first) and less so as it echoes the ones before it, as
 * Zheng and Lapata's position-aware centrality (PACSUM, 2019) has it, on the embedding model's
 * sentence vectors. Each goes in at its shortest ({@link Clauses}: attribution, asides and trailing
 * clauses left out) when that fits, so the budget holds more of the story. Long summaries go
 * section by section where the story has headings. Tuned constants: {@link SummaryTuning}.
 */
public final class Summarizer {

    private final SummaryTuning tuning;
    private final SummaryUnits units;

    public Summarizer(Embedder embedder) {
        this(embedder, SummaryTuning.DEFAULT);
    }

    public Summarizer(Embedder embedder, SummaryTuning tuning) {
        this.tuning = tuning;
        this.units = new SummaryUnits(embedder, tuning);
    }

    /** One summary of {@code stories}, the stories about {@code topic}; see {@link TopicSummarizer}. */
    Summary summarizeTopic(String topic, List<StoredStory> stories, SummaryLength length) {
        return new TopicSummarizer(units).summarize(topic, stories, length);
    }

    /** The pieces of text a summary of {@code story} at {@code length} is made of, in order, without headings or markers. */
    public List<String> pieces(StoredStory story, SummaryLength length) {
        return plan(story, length).stream().flatMap(s -> s.pieces().stream()).map(Piece::text).toList();
    }

    Summary summarize(StoredStory story, SummaryLength length) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        for (Section section : plan(story, length)) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            if (!section.heading().isEmpty()) {
                text.append(section.heading()).append(": ");
            }
            boolean first = true;
            for (Piece piece : section.pieces()) {
                text.append(first ? "" : " ").append(piece.text());
                first = false;
                // the citation quotes the whole sentence the piece was cut from
                int marker = citations.cite(piece.unit().paragraph(), Datelines.trim(piece.unit().sentence().text()));
                text.append(" [").append(marker).append(']');
            }
        }
        return new Summary(story.id(), story.title(), length, text.toString().strip(), citations.citations(), null, null);
    }

    /** What a summary says: the chosen pieces, in story order, by section for a long summary of a story with headings. */
    private List<Section> plan(StoredStory story, SummaryLength length) {
        List<Unit> all = units.of(story);
        if (all.isEmpty()) {
            return List.of();
        }
        if (length == SummaryLength.LONG && hasSections(story)) {
            return bySection(all, length.maxWords());
        }
        return List.of(new Section("", choose(all, length.maxWords(), List.of())));
    }

    /** A heading ("" for none) and the pieces under it. */
    private record Section(String heading, List<Piece> pieces) {
    }

    /**
     * A long summary of a story with headings: each section (the lead before the first heading
     * included) gets a share of the words by its length, at least its best sentence, under its heading.
     */
    private List<Section> bySection(List<Unit> story, int maxWords) {
        Map<String, List<Unit>> sections = new LinkedHashMap<>();
        for (Unit u : story) {
            sections.computeIfAbsent(Objects.requireNonNullElse(u.paragraph().section(), ""), k -> new ArrayList<>()).add(u);
        }
        int totalWords = story.stream().mapToInt(Unit::words).sum();
        int left = maxWords;
        List<Unit> all = new ArrayList<>();
        List<Section> planned = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> section : sections.entrySet()) {
            int headingWords = Text.wordCount(section.getKey());
            int share = (int) ((long) maxWords * section.getValue().stream().mapToInt(Unit::words).sum() / totalWords);
            int smallest = section.getValue().stream().filter(u -> u.score() > 0).mapToInt(Unit::words).min().orElse(Integer.MAX_VALUE);
            int budget = Math.min(left - headingWords, Math.max(share - headingWords, smallest));
            List<Piece> chosen = choose(section.getValue(), budget, all);
            if (chosen.isEmpty()) {
                continue;
            }
            chosen.forEach(p -> all.add(p.unit()));
            left -= headingWords + chosen.stream().mapToInt(p -> Text.wordCount(p.text())).sum();
            planned.add(new Section(section.getKey(), chosen));
        }
        return planned;
    }

    private static boolean hasSections(StoredStory story) {
        return story.paragraphs().stream().anyMatch(p -> p.section() != null);
    }

    /**
     * The best units within {@code maxWords}, in story order, none repeating another chosen one or
     * one of {@code already}: each whole if it fits the words left, else its longest shortened
     * version that does (see {@link Clauses}).
     */
    private List<Piece> choose(List<Unit> candidates, int maxWords, List<Unit> already) {
        List<Unit> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Unit::score).reversed());
        List<Piece> chosen = new ArrayList<>();
        Set<StoredParagraph> used = new HashSet<>();
        int[] words = {0};
        for (boolean spread : new boolean[] {true, false}) {
            for (Unit u : ranked) {
                if (maxWords - words[0] < Clauses.MIN_WORDS) {
                    break;
                }
                boolean taken = chosen.stream().anyMatch(c -> c.unit() == u);
                if (taken || spread && tuning.spread() && used.contains(u.paragraph()) || repeats(u, chosen, already)) {
                    continue;
                }
                units.piece(u, maxWords - words[0]).ifPresent(p -> {
                    chosen.add(p);
                    used.add(u.paragraph());
                    words[0] += Text.wordCount(p.text());
                });
            }
        }
        chosen.sort(Comparator.comparingInt(p -> p.unit().order()));
        return chosen;
    }

    private boolean repeats(Unit u, List<Piece> chosen, List<Unit> already) {
        return chosen.stream().anyMatch(c -> Vectors.dot(c.unit().vector(), u.vector()) >= tuning.redundant())
                || already.stream().anyMatch(c -> Vectors.dot(c.vector(), u.vector()) >= tuning.redundant());
    }
}
