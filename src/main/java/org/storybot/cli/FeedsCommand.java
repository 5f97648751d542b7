package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.storybot.app.FeedParts;
import org.storybot.feed.FeedPoll;
import org.storybot.store.FollowedFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "feeds", description = {"Lists the followed feeds: address, title, last poll and errors.",
    "With --poll, fetches every followed feed once and ingests its new items, with counts per feed."})
final class FeedsCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON array of the followed feeds instead of a table.")
    boolean json;

    @Option(names = "--poll", description = "Poll every followed feed once: new items are ingested, seen ones skipped.")
    boolean poll;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (FeedParts parts = new FeedParts(root.storybot())) {
            if (poll) {
                return poll(parts.feeds().pollAll(), out, spec.commandLine().getErr());
            }
            List<FollowedFeed> feeds = parts.feeds().feeds();
            if (json) {
                out.println(json(root.storybot().json(), feeds));
            } else if (feeds.isEmpty()) {
                out.println("No feeds are followed. Follow one with: storybot follow URL");
            } else {
                for (FollowedFeed f : feeds) {
                    out.printf("%s  %s  (%s)%n", f.url(), orUntitled(f.title()), f.polledAt() == null ? "not polled yet"
                            : "polled " + f.polledAt() + (f.failures() == 0 ? "" : ", " + f.failures() + " errors in a row: "
                                    + f.lastError()));
                }
            }
            return 0;
        }
    }

    private static int poll(List<FeedPoll> polls, PrintWriter out, PrintWriter err) {
        if (polls.isEmpty()) {
            out.println("No feeds are followed. Follow one with: storybot follow URL");
            return 0;
        }
        int added = 0;
        int unchanged = 0;
        int failed = 0;
        for (FeedPoll poll : polls) {
            if (poll instanceof FeedPoll.Failed f) {
                err.printf("failed     %s: %s%n", f.feed().url(), f.error());
                failed++;
                continue;
            }
            FeedPoll.Polled p = (FeedPoll.Polled) poll;
            out.printf("feed       %s (%s): %s%n", p.title(), p.feed().url(), p.notModified() ? "not changed since the last poll"
                    : p.added().size() + " new, " + p.unchanged() + " unchanged, " + p.failed().size() + " failed"
                    + (p.waiting() == 0 ? "" : ", " + p.waiting() + " waiting for the next poll"));
            IngestCommand.report(p.added(), out, err, "new");
            IngestCommand.report(p.failed(), out, err, null);
            added += p.added().size();
            unchanged += p.unchanged();
            failed += p.failed().size();
        }
        out.printf("%d new, %d unchanged, %d failed in %d feeds%n", added, unchanged, failed, polls.size());
        return failed == 0 ? 0 : 1;
    }

    private static ArrayNode json(ObjectMapper mapper, List<FollowedFeed> feeds) {
        ArrayNode array = mapper.createArrayNode();
        for (FollowedFeed f : feeds) {
            ObjectNode node = array.addObject();
            node.put("url", f.url());
            node.put("followedAs", f.followedAs());
            node.put("title", f.title());
            node.put("followedAt", String.valueOf(f.followedAt()));
            node.put("polledAt", f.polledAt() == null ? null : f.polledAt().toString());
            node.put("failures", f.failures());
            node.put("lastError", f.lastError());
        }
        return array;
    }

    static String orUntitled(String title) {
        return title == null || title.isBlank() ? "untitled" : title;
    }
}
