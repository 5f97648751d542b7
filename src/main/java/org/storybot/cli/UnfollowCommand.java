package org.storybot.cli;

import org.storybot.app.FeedParts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "unfollow", description = "Stops following a feed (by its address, or the page it was followed by); its stories stay.")
final class UnfollowCommand implements Runnable {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "The feed's address, as `storybot feeds` lists it, or the one given to follow it.")
    String url;

    @Override
    public void run() {
        try (FeedParts parts = new FeedParts(root.storybot())) {
            if (!parts.feeds().unfollow(url)) {
                throw new UserException("no followed feed has the address " + url.strip() + " (`storybot feeds` lists them)");
            }
            spec.commandLine().getOut().println("unfollowed " + url.strip());
        }
    }
}
