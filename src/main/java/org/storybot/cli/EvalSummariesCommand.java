package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storybot.answer.Summarizer;
import org.storybot.eval.Rouge;
import org.storybot.eval.SummaryEvaluation;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval-summaries", description = {
    "Measures summaries: ROUGE-1, ROUGE-2 and ROUGE-Lsum of 3-sentence summaries against reference highlights.",
    "FILE has the format of shared/data/summaries.json; Lead-3 is scored in the same run."})
final class EvalSummariesCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Summaries file in JSON.")
    Path file;

    @Option(names = "--dataset", paramLabel = "PREFIX", defaultValue = "CNN",
            description = "Articles whose dataset starts with PREFIX (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Override
    public Integer call() throws IOException, StoryFormatException {
        Storybot main = root.storybot();
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, null, eval -> {
            SummaryEvaluation evaluation = new SummaryEvaluation(eval.library(), eval.ingestor(),
                    new StoryCleaner(new SentenceSplitter()), new Summarizer(eval.embedder()));
            SummaryEvaluation.Result r = evaluation.run(file, main.json(), dataset);
            out.printf("%d articles (%s), 3-sentence summaries against the reference highlights, F1 x 100%n%n",
                    r.articles(), dataset);
            out.printf("%-22s %8s %8s %10s%n", "method", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum");
            row(out, "storybot (extractive)", r.storybot());
            row(out, "Lead-3", r.lead3());
        });
        return 0;
    }

    private static void row(PrintWriter out, String name, Rouge.Scores s) {
        out.printf("%-22s %8.1f %8.1f %10.1f%n", name, s.rouge1(), s.rouge2(), s.rougeLsum());
    }
}
