package org.storybot.cli;

import java.io.PrintWriter;
import org.storybot.retrieval.Evidence;
import org.storybot.retrieval.Retrieval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "start", description = "Runs storybot's main job on the current settings (the quick start's first command).")
final class StartCommand implements Runnable {

    static final String DEMO_QUESTION = "Who turned down the resignation?";

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Storybot storybot = root.storybot();
        PrintWriter out = spec.commandLine().getOut();
        int stories = storybot.library().stories().size();
        out.printf("storybot: %d %s in the library (%s)%n", stories, stories == 1 ? "story" : "stories",
                storybot.config().dataDir());
        Retrieval retrieval = storybot.retriever().retrieve(DEMO_QUESTION, null, 1);
        out.println();
        out.println("Search: " + DEMO_QUESTION);
        for (Evidence e : retrieval.paragraphs()) {
            out.printf("  %s, paragraph %d:%n    \"%s\"%n", e.paragraph().storyTitle(), e.number(), e.bestSentence().text());
        }
        out.println();
        out.println("Try: ./storybot search \"your question\"   |   ./storybot stories   |   ./storybot --help");
    }
}
