package org.storybot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Deletes one story from the library.")
final class RemoveCommand implements Runnable {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Story id, as `storybot stories` lists it.")
    String id;

    @Override
    public void run() {
        if (!root.storybot().library().remove(id)) {
            throw new UserException("no story has the id \"" + id + "\"; `storybot stories` lists them");
        }
        spec.commandLine().getOut().println("removed " + id);
    }
}
