package org.storybot.discord;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.MessageBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.chat.Assistant;
import org.storybot.feed.FeedPoll;
import org.storybot.ingest.IngestResult;
import org.storybot.store.StoryInfo;

/**
 * The messages that announce new stories from followed feeds: one per story, naming its title and
 * outlet (the site the page names, else the feed), with its id for /ask story:. No mentions at all,
 * so a title holding {@code @everyone} pings nobody. Sent without waiting (Javacord queues them).
 */
final class Announcements {

    private static final Logger log = LoggerFactory.getLogger(Announcements.class);
    private static final int MAX_TITLE = 300;

    private final Assistant assistant;

    Announcements(Assistant assistant) {
        this.assistant = assistant;
    }

    void post(DiscordApi api, String channelId, FeedPoll.Polled poll) {
        if (api == null || channelId == null || channelId.isBlank()) {
            return;
        }
        TextChannel channel = api.getTextChannelById(channelId).orElse(null);
        if (channel == null) {
            log.warn("feeds.announce-channel {} is not a text channel the bot can see; new stories are not announced", channelId);
            return;
        }
        Map<String, StoryInfo> stories = assistant.stories().stream()
                .collect(Collectors.toMap(StoryInfo::id, Function.identity(), (a, b) -> a));
        for (IngestResult added : poll.added()) {
            StoryInfo info = stories.get(added.storyId());
            String outlet = info != null && info.source() != null && !info.source().isBlank() ? info.source() : poll.title();
            new MessageBuilder().setAllowedMentions(Outbox.noMentions()).setContent(text(added, outlet)).send(channel)
                    .exceptionally(e -> {
                        log.warn("could not announce story {}: {}", added.storyId(), e.toString());
                        return null;
                    });
        }
    }

    static String text(IngestResult added, String outlet) {
        String title = added.title() == null ? added.storyId() : added.title();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1) + "…";
        }
        return "New story from " + DiscordMarkdown.escape(outlet) + ": **" + DiscordMarkdown.escape(title) + "** (`"
                + added.storyId() + "`)";
    }
}
