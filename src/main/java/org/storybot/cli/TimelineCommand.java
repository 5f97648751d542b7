package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.storybot.app.Storybot;
import org.storybot.console.TimelineText;
import org.storybot.timeline.TimelineEvent;
import org.storybot.timeline.TimelineResult;
import org.storybot.timeline.Timelines;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "timeline", description = {
    "The dated events a story states, or the stories about a topic merged (each event said once, every story cited),",
    "in date order; relative dates (\"on Monday\", \"last week\") counted from the story's date.",
    "With neither --story nor --topic: the only story in the library. A topic takes the stories that name all its words."})
final class TimelineCommand implements Callable<Integer> {

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
        Storybot storybot = root.storybot();
        Timelines timelines = storybot.assistant().timelines();
        StoryOrTopic.Choice choice = StoryOrTopic.of(source);
        TimelineResult result = choice instanceof StoryOrTopic.Choice.Story s ? timelines.ofStory(s.id())
                : choice instanceof StoryOrTopic.Choice.Topic t ? timelines.ofTopic(t.text()) : timelines.of(null);
        if (result instanceof TimelineResult.Refused refused) {
            throw new UserException(refused.reason());
        }
        TimelineResult.Events events = (TimelineResult.Events) result;
        spec.commandLine().getOut().println(json ? json(storybot.json(), events).toString() : TimelineText.of(events));
        return 0;
    }

    /** {@code {"story"|"topic":..., "events":[{"date":..., "precision":..., "as_stated":..., "text":..., "citations":[...]}]}}. */
    static ObjectNode json(ObjectMapper json, TimelineResult.Events timeline) {
        ObjectNode line = json.createObjectNode();
        if (timeline.topic() != null) {
            line.put("topic", timeline.topic());
        } else {
            line.put("story", timeline.story());
        }
        ArrayNode events = line.putArray("events");
        for (TimelineEvent e : timeline.events()) {
            ObjectNode event = events.addObject().put("date", e.when().iso())
                    .put("precision", e.when().resolved() ? e.when().precision().label() : null)
                    .put("as_stated", e.asStated()).put("text", e.text());
            ReplyJson.citations(event.putArray("citations"), e.citations());
        }
        return line;
    }
}
