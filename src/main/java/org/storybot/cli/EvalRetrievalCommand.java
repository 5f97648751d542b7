package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storybot.eval.QaSet;
import org.storybot.eval.QaStories;
import org.storybot.eval.RetrievalEvaluation;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval-retrieval", description = {
    "Measures retrieval: recall@1 and @3 on a SQuAD-style question set.",
    "FILE has the format of shared/data/qa.json. The gold paragraph is looked for within each story",
    "and across the whole library, next to plain BM25 and plain dense baselines from the same run."})
final class EvalRetrievalCommand implements Callable<Integer> {

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
            RetrievalEvaluation evaluation = new RetrievalEvaluation(eval.library(), eval.embedder(), eval.retriever());
            out.printf("Loading %d stories from %s ...%n", set.contexts().size(), file);
            out.flush();
            long start = System.nanoTime();
            Map<String, int[]> numbering = QaStories.load(set, new StoryCleaner(new SentenceSplitter()), eval.ingestor());
            long loaded = System.nanoTime();
            List<RetrievalEvaluation.Recall> recalls = evaluation.evaluate(set, numbering);
            out.printf("Loaded in %.1f s, evaluated %d answerable questions in %.1f s.%n", (loaded - start) / 1e9,
                    set.answerableCount(), (System.nanoTime() - loaded) / 1e9);
            out.printf("%n%-16s %-20s %9s %9s %9s%n", "scope", "method", "questions", "recall@1", "recall@3");
            for (RetrievalEvaluation.Recall r : recalls) {
                out.printf("%-16s %-20s %9d %9.3f %9.3f%n", r.scope(), r.method(), r.questions(), r.at1(), r.at3());
            }
        });
        return 0;
    }
}
