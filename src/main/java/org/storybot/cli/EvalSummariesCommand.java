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
    "Measures summaries: ROUGE-1, ROUGE-2 and ROUGE-Lsum of short (60 words) and medium (150 words) summaries",
    "against the reference summaries, beside the first 60 and 150 words of each article, scored in the same run.",
    "FILE has the format of shared/data/summaries.json; CNN and XSum are reported apart, whole and by half."})
final class EvalSummariesCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Summaries file in JSON.")
    Path file;

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
            SummaryEvaluation.Result r = evaluation.run(file, main.json());
            out.println("ROUGE F1 x 100 against the reference summaries; lead = the article's first 60 or 150 words");
            out.println("(odd and even: the articles of each data set by position in the file)");
            out.println("(R1 gain: storybot's ROUGE-1 less the lead's, with a 95% interval by a paired bootstrap over the articles)");
            out.println();
            out.printf("%-5s %-6s %-4s %3s  %-17s   %-17s   %5s   %s%n", "set", "length", "half", "n", "storybot R1/R2/Lsum",
                    "lead R1/R2/Lsum", "words", "R1 gain [95%]");
            r.rows().forEach(row -> out.println(SummaryEvaluation.format(row)));
        });
        return 0;
    }
}
