package org.storybot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storybot.app.Storybot;
import org.storybot.eval.TimelineEvaluation;
import org.storybot.story.StoryFormatException;
import org.storybot.timeline.TimelineResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval-timeline", description = {
    "Measures the timeline of a topic on FILE (politics_2017.json) in a scratch library: where each event group",
    "(its `event` field, read by the measure only) lands, and whether the groups come in their true order."})
final class EvalTimelineCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "politics_2017.json, or articles in its format with `event` and `date`.")
    Path file;

    @Option(names = "--topic", paramLabel = "TEXT", required = true,
            description = "The topic whose timeline is measured (a name the articles share, say).")
    String topic;

    @Override
    public Integer call() throws IOException, StoryFormatException {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file");
        }
        Storybot main = root.storybot();
        List<TimelineEvaluation.Group> groups = TimelineEvaluation.groups(file, main.json());
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, null, eval -> {
            eval.ingestor().ingestFile(file);
            long start = System.nanoTime();
            TimelineResult result = eval.assistant().timelines().ofTopic(topic);
            if (result instanceof TimelineResult.Refused refused) {
                throw new UserException(refused.reason());
            }
            TimelineResult.Events timeline = (TimelineResult.Events) result;
            TimelineEvaluation.lines(topic, timeline.stories().size(), TimelineEvaluation.measure(timeline, groups)).forEach(out::println);
            out.printf("%ntimeline drawn in %.1f s%n", (System.nanoTime() - start) / 1e9);
        });
        return 0;
    }
}
