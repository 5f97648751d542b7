package org.storybot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storybot.answer.GroundingCheck;
import org.storybot.app.Storybot;
import org.storybot.compare.CompareResult;
import org.storybot.eval.CompareEvaluation;
import org.storybot.story.SentenceSplitter;
import org.storybot.story.StoryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval-compare", description = {
    "Measures coverage across outlets on FILE (politics_2017.json) in a scratch library: grouping precision and",
    "recall over pairs of stories against the `event` field (read by the measure only), shared items supported in",
    "each outlet they cite, \"only one outlet\" items absent from the other stories, by the citation check."})
final class EvalCompareCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "politics_2017.json, or articles in its format with `event`.")
    Path file;

    @Option(names = "--store", paramLabel = "DIR", description = "Keep the scratch library in DIR (reused when it exists).")
    Path store;

    @Override
    public Integer call() throws IOException, StoryFormatException {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file");
        }
        Storybot main = root.storybot();
        Map<String, String> events = CompareEvaluation.events(file, main.json());
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, store, eval -> {
            eval.ingestor().ingestFile(file);
            eval.preloadModels();
            long start = System.nanoTime();
            CompareResult result = eval.assistant().coverage().ofLibrary();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result instanceof CompareResult.Refused refused) {
                throw new UserException(refused.reason());
            }
            GroundingCheck check = new GroundingCheck(new SentenceSplitter(), eval.embedder());
            CompareEvaluation.lines(CompareEvaluation.measure((CompareResult.Groups) result, events, eval.library()::storedStory,
                    check)).forEach(out::println);
            out.printf("%ncompared in %.1f s%n", seconds);
        });
        return 0;
    }
}
