package org.storybot.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.storybot.store.StoredParagraph;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Prints one story: its details (title, authors, date, source, link, language) and numbered paragraphs.")
final class ShowCommand implements Runnable {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StoryIdParameter story;

    @Option(names = "--json", description = "One JSON object instead of text.")
    boolean json;

    @Override
    public void run() {
        var storybot = root.storybot();
        StoredStory stored = storybot.library().storedStory(story.id).orElseThrow(story::unknown);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.of(storybot.json(), stored));
            return;
        }
        StoryInfo info = stored.info();
        out.println(info.title());
        detail(out, "id", info.id());
        detail(out, "by", info.authors());
        detail(out, "date", info.date());
        detail(out, "source", info.source());
        detail(out, "link", info.url());
        detail(out, "language", info.language());
        String section = null;
        for (StoredParagraph p : stored.paragraphs()) {
            if (p.section() != null && !Objects.equals(p.section(), section)) {
                out.printf("%n## %s%n", p.section());
            }
            section = p.section();
            out.printf("%n[%d] %s%n", p.number(), p.text());
        }
    }

    private static void detail(PrintWriter out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-9s %s%n", name + ":", value);
        }
    }
}
