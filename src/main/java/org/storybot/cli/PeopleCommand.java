package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.storybot.app.Storybot;
import org.storybot.console.PeopleText;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "people", description = {
    "Who's who: every person a story (or the stories about a topic) names, with the role the stories give,",
    "each mention cited. With neither --story nor --topic: the only story in the library."})
final class PeopleCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON line.")
    boolean json;

    @ArgGroup(exclusive = true)
    StoryOrTopic source;

    @Override
    public Integer call() {
        Storybot storybot = root.storybot();
        StoryOrTopic.Choice choice = StoryOrTopic.of(source);
        String topic = choice instanceof StoryOrTopic.Choice.Topic t ? t.text() : null;
        if (topic != null) {
            storybot.preloadModels(); // the topic is looked up by retrieval
        }
        PeopleReply reply = topic != null ? storybot.assistant().people().ofTopic(topic)
                : storybot.assistant().people().ofStory(choice instanceof StoryOrTopic.Choice.Story s ? s.id() : null);
        if (reply instanceof PeopleReply.Refused refused) {
            throw new UserException(refused.message());
        }
        PeopleReply.Listed listed = (PeopleReply.Listed) reply;
        spec.commandLine().getOut().println(json ? json(storybot.json(), listed, topic).toString()
                : PeopleText.of(listed));
        return 0;
    }

    /** {@code {"people":[{"name":..., "role":...|null, "mentions":N, "citations":[...]}], "stories":[ID,...]}}, with {@code "topic"} when asked by one. */
    static ObjectNode json(ObjectMapper json, PeopleReply.Listed listed, String topic) {
        ObjectNode line = json.createObjectNode();
        if (topic != null) {
            line.put("topic", topic);
        }
        ArrayNode people = line.putArray("people");
        for (Person p : listed.people()) {
            ObjectNode person = people.addObject().put("name", p.name()).put("role", p.role()).put("mentions", p.mentions());
            ReplyJson.citations(person.putArray("citations"), p.citations());
        }
        ArrayNode stories = line.putArray("stories");
        listed.stories().forEach(stories::add);
        return line;
    }
}
