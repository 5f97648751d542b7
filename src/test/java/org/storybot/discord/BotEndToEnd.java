package org.storybot.discord;

/**
 * What the end-to-end test classes share: the fake Discord, the library and the bot's invite link,
 * set once by {@link DiscordBotEndToEndTest} before all of them run; a member for each test; and
 * the allowed mentions every message must carry.
 */
abstract class BotEndToEnd {

    /** What every message must carry: no one may be pinged, the asker included. */
    static final String NO_MENTIONS = "{\"parse\":[],\"roles\":[],\"users\":[],\"replied_user\":false}";

    static FakeDiscord discord;
    static StoryLibrary library;
    static DiscordBot.Online online;

    /** A member of the server; each test has its own, so question budgets never mix. */
    static long member(int n) {
        return 910_000_000_000_000_100L + n;
    }
}
