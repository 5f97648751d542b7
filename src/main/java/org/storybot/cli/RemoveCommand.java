package org.storybot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Deletes one story from the library.")
final class RemoveCommand implements Runnable {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StoryIdParameter story;

    @Override
    public void run() {
        if (!root.storybot().library().remove(story.id)) {
            throw story.unknown();
        }
        spec.commandLine().getOut().println("removed " + story.id);
    }
}
