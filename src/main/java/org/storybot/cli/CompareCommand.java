package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.storybot.app.Storybot;
import org.storybot.compare.CompareResult;
import org.storybot.compare.Coverage;
import org.storybot.compare.EventCoverage;
import org.storybot.console.CompareText;
import org.storybot.store.StoryInfo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = {
    "Coverage across outlets: the stories that cover the same event, grouped by date, people and content, with",
    "what most of them report, what only one reports and where they differ, every line cited.",
    "With neither --story nor --topic: every event of the library."})
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    StoryOrTopic source;

    @Option(names = "--json", description = "One JSON line.")
    boolean json;

    @Override
    public Integer call() {
        StoryOrTopic.Choice choice = StoryOrTopic.of(source);
        Storybot storybot = root.storybot();
        Coverage coverage = storybot.assistant().coverage();
        if (!(choice instanceof StoryOrTopic.Choice.Story s) || storybot.library().knows(s.id())) {
            storybot.preloadModels(); // the citation check reads meaning, and a topic is looked up by retrieval
        }
        CompareResult result = choice instanceof StoryOrTopic.Choice.Story s ? coverage.ofStory(s.id())
                : choice instanceof StoryOrTopic.Choice.Topic t ? coverage.ofTopic(t.text()) : coverage.ofLibrary();
        if (result instanceof CompareResult.Refused refused) {
            throw new UserException(refused.reason());
        }
        CompareResult.Groups groups = (CompareResult.Groups) result;
        spec.commandLine().getOut().println(json ? json(storybot.json(), groups).toString() : CompareText.of(groups));
        return 0;
    }

    /**
     * {@code {"story"|"topic":..., "groups":[{"stories":[ID,...], "outlets":[{"story","source","lean","date","title"}],
     * "shared":[{"text","citations"}], "only":[{"story","text","citations"}], "differ":[{"text","citations"}]}]}}.
     */
    static ObjectNode json(ObjectMapper json, CompareResult.Groups result) {
        ObjectNode line = json.createObjectNode();
        if (result.topic() != null) {
            line.put("topic", result.topic());
        } else if (result.story() != null) {
            line.put("story", result.story());
        }
        ArrayNode groups = line.putArray("groups");
        for (EventCoverage event : result.groups()) {
            ObjectNode group = groups.addObject();
            ArrayNode ids = group.putArray("stories");
            ArrayNode outlets = group.putArray("outlets");
            for (StoryInfo s : event.stories()) {
                ids.add(s.id());
                outlets.addObject().put("story", s.id()).put("source", s.source()).put("lean", s.lean()).put("date", s.date())
                        .put("title", s.title());
            }
            ArrayNode shared = group.putArray("shared");
            event.shared().forEach(i -> item(shared.addObject(), i));
            ArrayNode only = group.putArray("only");
            for (EventCoverage.Only o : event.only()) {
                ObjectNode node = only.addObject().put("story", o.storyId()).put("text", o.text());
                ReplyJson.citations(node.putArray("citations"), o.citations());
            }
            ArrayNode differ = group.putArray("differ");
            event.differ().forEach(i -> item(differ.addObject(), i));
        }
        line.put("alone", result.alone());
        return line;
    }

    private static void item(ObjectNode node, EventCoverage.Item item) {
        node.put("text", item.text());
        ReplyJson.citations(node.putArray("citations"), item.citations());
    }
}
