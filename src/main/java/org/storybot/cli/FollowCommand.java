package org.storybot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storybot.app.FeedParts;
import org.storybot.feed.FollowOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "follow", description = {
    "Follows a news feed: an RSS or Atom address, or a web page that names its feed.",
    "Its items are ingested by `storybot feeds --poll`, and while the bot runs every feeds.poll-minutes."})
final class FollowCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "The feed's address, or a page that links it.")
    String url;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (FeedParts parts = new FeedParts(root.storybot())) {
            FollowOutcome outcome = parts.feeds().follow(url);
            if (outcome instanceof FollowOutcome.Followed followed) {
                out.printf("following  %s  (%s, %d items); `storybot feeds --poll` ingests them%n", followed.url(),
                        FeedsCommand.orUntitled(followed.title()), followed.items());
                return 0;
            }
            if (outcome instanceof FollowOutcome.AlreadyFollowed already) {
                out.printf("already following %s  (%s)%n", already.url(), FeedsCommand.orUntitled(already.title()));
                return 0;
            }
            FollowOutcome.Refused refused = (FollowOutcome.Refused) outcome;
            spec.commandLine().getErr().printf("failed     %s: %s%n", refused.address(), refused.error());
            return 1;
        }
    }
}
