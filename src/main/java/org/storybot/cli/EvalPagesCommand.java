package org.storybot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storybot.app.Storybot;
import org.storybot.eval.PageEvaluation;
import org.storybot.eval.PageEvaluation.PageScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval-pages", description = {
    "Measures how web pages become stories, on folders laid out as Mozilla Readability's test pages",
    "(source.html, expected.html, expected-metadata.json): bag-of-words F1 of the stored text against the",
    "expected article, title match, and the expected byline's names among the story's authors."})
final class EvalPagesCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of page folders, e.g. ../shared/data/web_pages.")
    Path dir;

    @Option(names = "--json", description = "One JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Storybot main = root.storybot();
        if (!Files.isDirectory(dir)) {
            throw new UserException(dir + ": no such folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, null, eval -> {
            PageEvaluation.Result r = new PageEvaluation(eval.ingestor(), eval.library(), main.json(),
                    main.config().ingest().maxFileBytes()).run(dir);
            if (r.pages().isEmpty()) {
                throw new UserException(dir + " holds no page folders (each with a source.html)");
            }
            if (json) {
                out.println(json(main, r));
            } else {
                table(out, r);
            }
        });
        return 0;
    }

    private static void table(PrintWriter out, PageEvaluation.Result r) {
        out.printf("%-18s %6s  %-5s  %-6s  %5s  %s%n", "page", "F1", "title", "byline", "paras", "title stored");
        for (PageScore p : r.pages()) {
            out.printf(Locale.ROOT, "%-18s %6.3f  %-5s  %-6s  %5d  %s%n", p.page(), p.f1(), p.titleMatches() ? "yes" : "no",
                    p.bylineFound() == null ? "-" : p.bylineFound() ? "yes" : "no", p.paragraphs(),
                    p.error() != null ? "(" + p.error() + ")" : p.title());
        }
        PageScore worst = r.worst();
        out.printf(Locale.ROOT, "%nmedian F1 %.3f (target >= %.2f), lowest %.3f on %s (target >= %.2f)%n", r.medianF1(),
                PageEvaluation.TARGET_MEDIAN_F1, worst.f1(), worst.page(), PageEvaluation.TARGET_MIN_F1);
        out.printf(Locale.ROOT, "titles matched %d/%d; personal bylines found in authors %d/%d%n", r.titlesMatched(),
                r.pages().size(), r.bylinesFound(), r.bylinesExpected());
    }

    private static ObjectNode json(Storybot main, PageEvaluation.Result r) {
        ObjectNode root = main.json().createObjectNode();
        ArrayNode pages = root.putArray("pages");
        for (PageScore p : r.pages()) {
            ObjectNode page = pages.addObject().put("page", p.page()).put("f1", round(p.f1()))
                    .put("title_match", p.titleMatches()).put("title", p.title()).put("expected_title", p.expectedTitle());
            if (p.bylineFound() == null) {
                page.putNull("byline_found");
            } else {
                page.put("byline_found", p.bylineFound());
            }
            ArrayNode names = page.putArray("expected_names");
            p.expectedNames().forEach(names::add);
            page.put("authors", p.authors()).put("paragraphs", p.paragraphs()).put("error", p.error());
        }
        PageScore worst = r.worst();
        root.put("median_f1", round(r.medianF1())).put("min_f1", round(worst.f1())).put("min_page", worst.page())
                .put("titles_matched", r.titlesMatched()).put("page_count", r.pages().size())
                .put("bylines_expected", r.bylinesExpected()).put("bylines_found", r.bylinesFound());
        return root;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
