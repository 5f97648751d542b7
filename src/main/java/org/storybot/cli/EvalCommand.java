package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storybot.eval.QaEvaluation;
import org.storybot.eval.QaOutcome;
import org.storybot.eval.QaReport;
import org.storybot.eval.QaSet;
import org.storybot.eval.QaStories;
import org.storybot.eval.SentenceEnds;
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
    "Measures answers: runs a question set through the real ask path.",
    "FILE has the format of shared/data/qa.json (or news_qa.json); each context becomes a story. Each",
    "question is asked about its own story, or with --library of the whole library (the shipped stories",
    "included) without naming one, as a Discord member asks. Prints answer and citation accuracy,",
    "abstention, stated-phrase precision, answer length and latency, overall, for the even and the odd",
    "contexts (the half methods are chosen on, and the half held out) and per kind of question."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Question set in JSON.")
    Path file;

    @Option(names = "--library", description = "Ask every question of one library holding every context and the shipped stories.")
    boolean library;

    @Option(names = "--details", paramLabel = "FILE", description = "Also write each question's answer and verdict to FILE, one JSON object per line.")
    Path details;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the evaluation library in DIR (reused when run again) instead of a temporary folder.")
    Path store;

    @Override
    public Integer call() throws IOException, StoryFormatException {
        Storybot main = root.storybot();
        QaSet set = ScratchLibrary.readSet(file, main);
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, store, eval -> {
            out.printf("Loading %d stories from %s (composer: %s; questions asked %s) ...%n", set.contexts().size(), file,
                    main.config().llm().provider().name().toLowerCase(Locale.ROOT),
                    library ? "of the whole library" : "each about its own story");
            out.flush();
            Map<String, int[]> numbering = QaStories.load(set, new StoryCleaner(new SentenceSplitter()), eval.ingestor());
            if (library) {
                eval.ingestor().seedIfNew(main.config().storiesDir());
            }
            // as the bot does at start, before its first question: latencies are those of questions, not of first reads
            out.printf("Read %d sentences ahead of questions.%n", eval.assistant().warmUp(Storybot.WARM_SENTENCES, () -> false));
            List<QaOutcome> outcomes = new QaEvaluation(eval.assistant())
                    .run(set, numbering, library ? QaEvaluation.Scope.LIBRARY : QaEvaluation.Scope.OWN_STORY);
            out.println();
            QaReport.lines(outcomes).forEach(out::println);
            out.println();
            out.println(SentenceEnds.of(eval.library()).line());
            if (details != null) {
                try (BufferedWriter w = Files.newBufferedWriter(details)) {
                    for (QaOutcome o : outcomes) {
                        w.write(main.json().writeValueAsString(QaReport.json(main.json(), o)));
                        w.newLine();
                    }
                }
                out.println("\nEach question's answer and verdict: " + details);
            }
        });
        return 0;
    }
}
