package org.storybot.discord;

import java.util.List;
import java.util.Optional;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.feed.Feeds;
import org.storybot.feed.FollowOutcome;
import org.storybot.ingest.LinkIngestor;
import org.storybot.store.FollowedFeed;

/**
 * /follow url: and /unfollow url: (members who can manage the server, as /ingest) and /feeds (all).
 * Checks are made at once on the event thread; fetching a feed and the store's work run on a worker.
 */
final class FeedCommands {

    private static final Logger log = LoggerFactory.getLogger(FeedCommands.class);
    static final String REFUSED = "Sorry, only members who can manage this server can follow or unfollow feeds.";
    /** At most this many feeds are listed by /feeds; the rest are counted. */
    private static final int LISTED = 20;

    private final Feeds feeds;
    private final Workers workers;
    private final ReplyFormatter format;

    FeedCommands(Feeds feeds, Workers workers, ReplyFormatter format) {
        this.feeds = feeds;
        this.workers = workers;
        this.format = format;
    }

    void handle(SlashCommandInteraction command) {
        if (command.getCommandName().equals(SlashCommands.FEEDS)) {
            workers.deferThen(command, true, () -> Post.of(list(feeds.feeds())), sent -> { });
            return;
        }
        Optional<Server> server = command.getServer();
        if (server.isEmpty() || !Access.mayIngest(server.get(), command.getUser())) {
            refuse(command, REFUSED);
            return;
        }
        String link = command.getArgumentStringValueByName(SlashCommands.URL).map(String::strip).orElse("");
        if (!LinkIngestor.isLink(link)) {
            refuse(command, format.notALink(link));
            return;
        }
        if (command.getCommandName().equals(SlashCommands.FOLLOW)) {
            workers.deferThen(command, true, () -> Post.of(followed(feeds.follow(link))), sent -> { });
        } else {
            workers.deferThen(command, true, () -> Post.of(feeds.unfollow(link) ? "No longer following <" + link + ">; its stories stay."
                    : "No followed feed has the address <" + link + "> (`/feeds` lists them)."), sent -> { });
        }
    }

    static String followed(FollowOutcome outcome) {
        if (outcome instanceof FollowOutcome.Followed f) {
            return "Following **" + DiscordMarkdown.escape(orAddress(f.title(), f.url())) + "** (<" + f.url() + ">, "
                    + f.items() + " items); its new stories come in at the next poll.";
        }
        if (outcome instanceof FollowOutcome.AlreadyFollowed a) {
            return "Already following **" + DiscordMarkdown.escape(orAddress(a.title(), a.url())) + "** (<" + a.url() + ">).";
        }
        FollowOutcome.Refused r = (FollowOutcome.Refused) outcome;
        return "Could not follow <" + r.address() + ">: " + DiscordMarkdown.escape(r.error());
    }

    static String list(List<FollowedFeed> all) {
        if (all.isEmpty()) {
            return "No feeds are followed. Members who can manage the server follow one with `/follow url:`.";
        }
        StringBuilder text = new StringBuilder("**Followed feeds**");
        for (FollowedFeed f : all.subList(0, Math.min(all.size(), LISTED))) {
            text.append("\n• ").append(DiscordMarkdown.escape(f.shown())).append(" <").append(f.url()).append('>');
            if (f.failures() > 0) {
                text.append(" (failing: ").append(DiscordMarkdown.escape(String.valueOf(f.lastError()))).append(')');
            }
        }
        if (all.size() > LISTED) {
            text.append("\n…and ").append(all.size() - LISTED).append(" more.");
        }
        return text.toString();
    }

    private static String orAddress(String title, String url) {
        return title == null || title.isBlank() ? url : title;
    }

    private void refuse(SlashCommandInteraction command, String text) {
        Outbox.respondNow(command, Post.of(text), true).exceptionally(e -> {
            log.warn("could not answer /{}: {}", command.getCommandName(), e.toString());
            return null;
        });
    }
}
