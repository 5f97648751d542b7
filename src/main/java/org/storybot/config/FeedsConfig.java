package org.storybot.config;

/**
 * Followed feeds while the bot runs.
 *
 * @param pollMinutes     how often the followed feeds are polled (a feed in error waits longer: twice as long after each)
 * @param announceChannel the Discord channel id where new stories from feeds are announced; empty for none
 */
public record FeedsConfig(int pollMinutes, String announceChannel) {

    public static final FeedsConfig DEFAULT = new FeedsConfig(15, "");

    public FeedsConfig {
        Checks.range("feeds.poll-minutes", pollMinutes, 1, 7 * 24 * 60);
        announceChannel = announceChannel == null ? "" : announceChannel.strip();
        if (!announceChannel.isEmpty() && !announceChannel.matches("\\d{5,25}")) {
            throw new ConfigException("feeds.announce-channel", "must be a numeric channel id, got \"" + announceChannel + "\"");
        }
    }
}
