package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storybot.answer.SummaryLength;
import org.storybot.chat.SummaryReply;
import org.storybot.console.PlainText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "summarize", aliases = "summarise", description = {
    "Summarises a story, every sentence cited (default: the only story in the library); with --topic, one summary",
    "of every story about TEXT, each fact once with every story reporting it cited."})
final class SummarizeCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON line.")
    boolean json;

    @Option(names = "--length", paramLabel = "short|medium|long", defaultValue = "medium",
            description = "At most 60, 150 or 300 words (default: ${DEFAULT-VALUE}).")
    String length;

    @ArgGroup(exclusive = true)
    StoryOrTopic source;

    @Override
    public Integer call() {
        SummaryLength parsed = SummaryLength.parse(length);
        if (parsed == null) {
            throw new UserException("--length must be short, medium or long, not \"" + length + "\"");
        }
        StoryOrTopic.Choice choice = StoryOrTopic.of(source);
        String story = choice instanceof StoryOrTopic.Choice.Story s ? s.id() : null;
        String topic = choice instanceof StoryOrTopic.Choice.Topic t ? t.text() : null;
        Storybot storybot = root.storybot();
        if (story == null || storybot.library().info(story).isPresent()) {
            storybot.preloadModels(); // not for an unknown story: the assistant refuses it at once
        }
        SummaryReply reply = topic != null ? storybot.assistant().summarizeTopic(topic, parsed)
                : storybot.assistant().summarize(story, parsed, null);
        if (reply instanceof SummaryReply.Refused refused) {
            throw new UserException(refused.message());
        }
        var summary = ((SummaryReply.Summarized) reply).summary();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? ReplyJson.summary(storybot.json(), summary).toString() : PlainText.summary(summary));
        return 0;
    }
}
