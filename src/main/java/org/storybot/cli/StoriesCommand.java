package org.storybot.cli;

import org.storybot.app.Storybot;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import org.storybot.store.StoryInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stories", description = {"Lists the stories in the library: id, title, date, source and paragraphs.",
    "With --json, each story whole: its details and paragraphs, as `show --json` prints one."})
final class StoriesCommand implements Runnable {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON array of whole stories instead of a table.")
    boolean json;

    @Override
    public void run() {
        Storybot storybot = root.storybot();
        List<StoryInfo> stories = storybot.library().stories();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = storybot.json().createArrayNode();
            for (StoryInfo s : stories) {
                storybot.library().storedStory(s.id()).ifPresent(story -> array.add(StoryJson.of(storybot.json(), story)));
            }
            out.println(array);
            return;
        }
        if (stories.isEmpty()) {
            out.println("The library is empty. Add stories with: storybot ingest PATH");
            return;
        }
        int idWidth = Math.max(2, stories.stream().mapToInt(s -> s.id().length()).max().orElse(2));
        String format = "%-" + idWidth + "s  %-10s  %-24s  %5s  %s%n";
        out.printf(format, "ID", "DATE", "SOURCE", "PARAS", "TITLE");
        for (StoryInfo s : stories) {
            out.printf(format, s.id(), orDash(s.date()), shorten(orDash(s.source()), 24), s.paragraphs(), s.title());
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
