package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.PrintWriter;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.console.PlainText;
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
        String token = root.env().get(DiscordCommand.TOKEN_VARIABLE);
        if (token != null && !token.isBlank()) {
            try {
                DiscordCommand.serve(root); // with a bot token, the main job is the Discord bot
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        Storybot storybot = root.storybot();
        storybot.preloadModels();
        PrintWriter out = spec.commandLine().getOut();
        int stories = storybot.assistant().stories().size();
        out.printf("storybot: %d %s in the library (%s), answers composed %s.%n", stories, stories == 1 ? "story" : "stories",
                storybot.database().shown(), storybot.config().llm().provider().name().toLowerCase(java.util.Locale.ROOT));
        out.println();
        out.println("Q: " + DEMO_QUESTION);
        Reply reply = storybot.assistant().ask(new Question(DEMO_QUESTION, null, null, "cli", null));
        out.println(PlainText.reply(reply));
        out.println();
        out.println("Next: ./storybot chat   |   ./storybot ask \"your question\"   |   ./storybot summarize   |   ./storybot --help");
    }
}
