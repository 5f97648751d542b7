package org.storybot.cli;

import picocli.CommandLine.Parameters;

/** The ID parameter of the commands that take one story (`show`, `remove`), and what to say when no story has it. */
final class StoryIdParameter {

    @Parameters(paramLabel = "ID", description = "Story id, as `storybot stories` lists it.")
    String id;

    UserException unknown() {
        return new UserException("no story has the id \"" + id + "\"; `storybot stories` lists them");
    }
}
