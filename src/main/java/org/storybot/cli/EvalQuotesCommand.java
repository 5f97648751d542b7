package org.storybot.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storybot.eval.QuoteEvaluation;
import org.storybot.eval.QuoteProbes;
import org.storybot.quote.QuoteCheck;
import org.storybot.quote.QuoteTuning;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryFormatException;
import org.storybot.app.Storybot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval-quotes", description = {
    "Measures the quote check on quotations drawn from FILE (politics_2017.json): exact ones (found, and with the",
    "right speaker where the article attributes them beyond doubt), ones with a word changed (close, with the real",
    "wording) and invented ones (sentences of summaries.json's CNN/XSum articles: not found); even and odd halves."})
final class EvalQuotesCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "politics_2017.json, or articles in its format.")
    Path file;

    @Option(names = "--invented", paramLabel = "FILE", description = "Articles in summaries.json's format (default: summaries.json beside FILE).")
    Path invented;

    @Option(names = "--max-edits", paramLabel = "N", description = "Try another most-edits for close (default: the tuned one).")
    Integer maxEdits;

    @Option(names = "--max-edit-share", paramLabel = "F", description = "Try another most-edits per word for close (default: the tuned one).")
    Double maxEditShare;

    @Option(names = "--details", paramLabel = "FILE", description = "Also write each probe's outcome to FILE, one JSON object per line.")
    Path details;

    @Override
    public Integer call() throws IOException, StoryFormatException {
        Storybot main = root.storybot();
        Path others = invented != null ? invented : file.toAbsolutePath().resolveSibling("summaries.json");
        for (Path p : List.of(file, others)) {
            if (!Files.isRegularFile(p)) {
                throw new UserException(p + ": no such file");
            }
        }
        QuoteTuning d = QuoteTuning.DEFAULT;
        QuoteTuning tuning = new QuoteTuning(d.candidates(), maxEdits != null ? maxEdits : d.maxEdits(),
                maxEditShare != null ? maxEditShare : d.maxEditShare(), d.minWords(), d.nearest());
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, null, eval -> {
            eval.ingestor().ingestFile(file);
            QuoteProbes.Probes probes = QuoteProbes.read(file, others, main.json(), new SentenceSplitter());
            out.printf("%d quotations drawn from %s (%d with a speaker beyond doubt), %d with a word changed, %d invented from %s%n",
                    probes.drawn().size(), file, probes.drawn().stream().filter(q -> q.speaker() != null).count(),
                    probes.changed().size(), probes.invented().size(), others);
            out.printf("close: at most %d edits and %.2f edits per word%n%n", tuning.maxEdits(), tuning.maxEditShare());
            out.flush();
            long start = System.nanoTime();
            QuoteCheck check = new QuoteCheck(eval.library(), eval.retriever(), eval.tagger(), eval.lexicon(), tuning);
            List<QuoteEvaluation.Outcome> outcomes = new QuoteEvaluation(check, eval.library()).run(probes);
            QuoteEvaluation.lines(outcomes).forEach(out::println);
            out.printf("%n%d checks in %.1f s%n", outcomes.stream().filter(o -> !o.kind().equals("speaker")).count(),
                    (System.nanoTime() - start) / 1e9);
            if (details != null) {
                try (BufferedWriter w = Files.newBufferedWriter(details)) {
                    for (QuoteEvaluation.Outcome o : outcomes) {
                        w.write(main.json().writeValueAsString(o));
                        w.newLine();
                    }
                }
            }
        });
        return 0;
    }
}
