package org.storybot.cli;

import org.storybot.app.Storybot;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.storybot.retrieval.Evidence;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Retrieval;
import org.storybot.retrieval.SentenceHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {
    "Finds the passages that best match a query, by meaning and by words.",
    "With no QUERY, reads one query per line from standard input."})
final class SearchCommand implements Runnable {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON line per query.")
    boolean json;

    @Option(names = "-k", paramLabel = "N", description = "Number of hits (default: retrieval.search-hits).")
    Integer k;

    @Option(names = "--story", paramLabel = "ID", description = "Search one story only.")
    String story;

    @Option(names = "--sentences", description = "Rank single sentences instead of paragraphs.")
    boolean sentences;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query; several words need no quotes.")
    List<String> query;

    @Override
    public void run() {
        Storybot storybot = root.storybot();
        int hits = k != null ? k : storybot.config().retrieval().searchHits();
        if (hits < 1 || hits > 1000) {
            throw new UserException("-k must be between 1 and 1000");
        }
        String single = query != null && !query.isEmpty() ? String.join(" ", query).strip() : null;
        if (single != null && single.isEmpty()) {
            throw new UserException("give the words to search for: storybot search WORDS");
        }
        if (story != null && storybot.library().info(story).isEmpty()) {
            throw new UserException("no story has the id \"" + story + "\"; `storybot stories` lists them");
        }
        storybot.preloadModels(); // once the input is known to be good: a refusal exits at once
        HybridRetriever retriever = storybot.retriever();
        PrintWriter out = spec.commandLine().getOut();
        if (single != null) {
            search(single, retriever, hits, out, storybot);
            return;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    search(line.strip(), retriever, hits, out, storybot);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void search(String text, HybridRetriever retriever, int hits, PrintWriter out, Storybot storybot) {
        Retrieval retrieval = retriever.retrieve(text, story, sentences ? Math.max(hits, 5) : hits);
        if (json) {
            ObjectNode line = storybot.json().createObjectNode().put("query", text);
            ArrayNode array = line.putArray("hits");
            if (sentences) {
                retrieval.sentences().stream().limit(hits).forEach(h -> hit(array, h.paragraph(), h.sentence().index(),
                        h.sentence().text(), h.score()));
            } else {
                retrieval.paragraphs().forEach(e -> hit(array, e, null, e.paragraph().text(), e.score()));
            }
            out.println(line);
        } else {
            out.println("Query: " + text);
            if (retrieval.isEmpty()) {
                out.println("  (nothing matches)");
            }
            int rank = 1;
            if (sentences) {
                for (SentenceHit h : retrieval.sentences().stream().limit(hits).toList()) {
                    printHit(out, rank++, h.paragraph(), "sentence " + h.sentence().index() + ", ", h.sentence().text(), h.score());
                }
            } else {
                for (Evidence e : retrieval.paragraphs()) {
                    printHit(out, rank++, e, "", e.paragraph().text(), e.score());
                }
            }
        }
        out.flush();
    }

    private static void hit(ArrayNode array, Evidence e, Integer sentence, String text, double score) {
        ObjectNode hit = array.addObject()
                .put("story", e.storyId())
                .put("title", e.paragraph().storyTitle())
                .put("paragraph", e.number());
        if (sentence == null) {
            hit.putNull("sentence");
        } else {
            hit.put("sentence", sentence);
        }
        hit.put("text", text).put("score", Math.round(score * 10_000) / 10_000.0);
    }

    private static void printHit(PrintWriter out, int rank, Evidence e, String where, String text, double score) {
        out.printf("%2d. %s, paragraph %d (%s%s) score %.3f%n", rank, e.paragraph().storyTitle(), e.number(), where,
                e.storyId(), score);
        out.println("    " + text);
    }
}
