package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.storybot.console.ConsoleChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "chat", description = "A conversation on the terminal, with the commands a Discord member has.")
final class ChatCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Storybot storybot = root.storybot();
        storybot.preloadModels();
        storybot.warmUpInBackground();
        ConsoleChat chat = new ConsoleChat(storybot.assistant());
        chat.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), spec.commandLine().getOut());
        return 0;
    }
}
