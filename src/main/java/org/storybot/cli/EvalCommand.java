package org.storybot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storybot.eval.QaEvaluation;
import org.storybot.eval.QaSet;
import org.storybot.eval.QaStories;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval", description = {
    "Measures answers: runs a SQuAD-style question set through the real ask path.",
    "FILE has the format of shared/data/qa.json; each context becomes a story and each question is asked",
    "about its own story. Prints answer and citation accuracy, abstention and latency."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Question set in JSON.")
    Path file;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the evaluation library in DIR (reused when run again) instead of a temporary folder.")
    Path store;

    @Override
    public Integer call() throws IOException, StoryFormatException {
        Storybot main = root.storybot();
        QaSet set = ScratchLibrary.readSet(file, main);
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, store, eval -> {
            out.printf("Loading %d stories from %s (composer: %s) ...%n", set.contexts().size(), file,
                    main.config().llm().provider().name().toLowerCase(java.util.Locale.ROOT));
            out.flush();
            Map<String, int[]> numbering = QaStories.load(set, new StoryCleaner(new SentenceSplitter()), eval.ingestor());
            QaEvaluation.Result r = new QaEvaluation(eval.assistant()).run(set, numbering);
            out.printf("%nQuestions: %d answerable, %d unanswerable%n", r.answerable(), r.unanswerable());
            out.printf("answer accuracy (answers given that hold a gold answer)   %6.3f%n", r.answerAccuracy());
            out.printf("answer accuracy over all answerable (abstaining = wrong)  %6.3f%n", r.answerAccuracyOverAll());
            out.printf("citation accuracy (first citation is the gold paragraph)  %6.3f%n", r.citationAccuracy());
            out.printf("false abstention on answerable questions                  %6.3f%n", r.falseAbstention());
            out.printf("abstained on unanswerable questions                       %6.3f%n", r.unanswerableAbstained());
            out.printf("latency per question: p50 %.1f ms, p95 %.1f ms%n", r.p50LatencyMs(), r.p95LatencyMs());
        });
        return 0;
    }
}
