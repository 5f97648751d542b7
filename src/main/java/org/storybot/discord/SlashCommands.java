package org.storybot.discord;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionBuilder;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;
import org.storybot.answer.SummaryLength;

/** The slash commands storybot registers: names, options and who sees them, in one place. */
final class SlashCommands {

    static final String ASK = "ask";
    static final String SUMMARY = "summary";
    static final String TOPIC = "topic";
    static final String SOURCES = "sources";
    static final String STORIES = "stories";
    static final String HELP = "help";
    static final String INGEST = "ingest";
    static final String FOLLOW = "follow";
    static final String UNFOLLOW = "unfollow";
    static final String FEEDS = "feeds";
    static final String QUOTE = "quote";
    static final String PEOPLE = "people";
    static final String TIMELINE = "timeline";
    static final String COMPARE = "compare";

    static final String QUESTION = "question";
    static final String STORY = "story";
    static final String LENGTH = "length";
    static final String FILE = "file";
    static final String URL = "url";
    static final String TEXT = "text";
    static final String SPEAKER = "speaker";

    /** The longest text a slash-command string option can hold. */
    private static final int DISCORD_MAX_OPTION_LENGTH = 6000;
    /** The longest quotation /quote takes, in characters. */
    private static final int MAX_QUOTE_LENGTH = 1000;
    /** The longest link /ingest takes, in characters. */
    private static final int MAX_LINK_LENGTH = 2000;

    private SlashCommands() {
    }

    /** @param membersMayAddLinks whether /ingest is shown to every member (who may give links) or to managers only */
    static Set<SlashCommandBuilder> all(int maxQuestionChars, boolean membersMayAddLinks) {
        Set<SlashCommandBuilder> commands = new LinkedHashSet<>();
        commands.add(SlashCommand.with(ASK, "Ask a question about the stories; the answer cites its sources.", List.of(
                new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(QUESTION)
                        .setDescription("Your question").setRequired(true)
                        .setMaxLength(Math.min(maxQuestionChars, DISCORD_MAX_OPTION_LENGTH)).build(),
                storyOption("Ask about this story only"))));
        commands.add(SlashCommand.with(SUMMARY, "Summarise a story, every sentence cited.", List.of(
                new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(LENGTH)
                        .setDescription("How long (default medium)").setRequired(false)
                        .setChoices(Arrays.stream(SummaryLength.values())
                                .map(l -> SlashCommandOptionChoice.create(l.label(), l.label())).toList()).build(),
                storyOption("The story to summarise"),
                topicOption("Or a topic: one summary of every story about it", Math.min(maxQuestionChars, DISCORD_MAX_OPTION_LENGTH)))));
        commands.add(quote());
        commands.add(people());
        commands.add(timeline());
        commands.add(compare());
        commands.add(SlashCommand.with(SOURCES, "The full passages behind the last answer in this channel or thread."));
        commands.add(SlashCommand.with(STORIES, "The stories in the library, with their ids."));
        commands.add(SlashCommand.with(HELP, "What storybot can do."));
        SlashCommandBuilder ingest = SlashCommand.with(INGEST, "Add a story to the library: a file, or a link to a web page.",
                List.of(SlashCommandOption.create(SlashCommandOptionType.ATTACHMENT, FILE,
                                "A story file: .txt, .md, .json, .html or .htm", false),
                        new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(URL)
                                .setDescription("A link to a news article (http:// or https://)").setRequired(false)
                                .setMaxLength(MAX_LINK_LENGTH).build()))
                .setEnabledInDms(false);
        if (!membersMayAddLinks) {
            ingest.setDefaultEnabledForPermissions(Access.TO_INGEST);
        }
        commands.add(ingest);
        return commands;
    }

    /** /follow and /unfollow, for members who can manage the server, and /feeds for all. */
    static Set<SlashCommandBuilder> feeds() {
        Set<SlashCommandBuilder> commands = new LinkedHashSet<>();
        commands.add(SlashCommand.with(FOLLOW, "Follow a news feed: its new stories join the library by themselves.",
                List.of(linkOption("The feed's address (RSS or Atom), or a page that links it"))).setEnabledInDms(false)
                .setDefaultEnabledForPermissions(Access.TO_INGEST));
        commands.add(SlashCommand.with(UNFOLLOW, "Stop following a news feed; its stories stay.",
                List.of(linkOption("The feed's address, as /feeds lists it"))).setEnabledInDms(false)
                .setDefaultEnabledForPermissions(Access.TO_INGEST));
        commands.add(SlashCommand.with(FEEDS, "The news feeds the library follows."));
        return commands;
    }

    /** /quote text: [speaker:]: is a quotation in the stories, and who said it? */
    static SlashCommandBuilder quote() {
        return SlashCommand.with(QUOTE, "Check a quotation: is it in the stories, where, and who said it?", List.of(
                new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(TEXT)
                        .setDescription("The quotation, as you read or heard it").setRequired(true).setMaxLength(MAX_QUOTE_LENGTH).build(),
                new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(SPEAKER)
                        .setDescription("Who you think said it").setRequired(false).setMaxLength(200).build()));
    }

    /** /people [story:] [topic:]: who's who in a story, or in the stories about a topic. */
    static SlashCommandBuilder people() {
        return SlashCommand.with(PEOPLE, "Who's who: the people a story (or the stories about a topic) names, with their roles.", List.of(
                storyOption("The story whose people to list (default: the only story)"),
                topicOption("Or a topic: the people of the stories about it", 200)));
    }

    /** /timeline [story:] [topic:]: the dated events of a story, or of every story about a topic. */
    static SlashCommandBuilder timeline() {
        return SlashCommand.with(TIMELINE, "The dated events the stories state, in order, each cited.", List.of(
                storyOption("One story's events"),
                topicOption("Every story naming this, merged (a name, say)", 200)));
    }

    /** /compare [story:] [topic:]: how several outlets covered the same events. */
    static SlashCommandBuilder compare() {
        return SlashCommand.with(COMPARE, "How several outlets covered the same events: shared, only one, differ; each cited.", List.of(
                storyOption("One story's event (default: every event of the library)"),
                topicOption("Or a topic: the stories about it, grouped by event", 200)));
    }

    private static SlashCommandOption linkOption(String description) {
        return new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(URL).setDescription(description)
                .setRequired(true).setMaxLength(MAX_LINK_LENGTH).build();
    }

    /** A topic: words the stories are about, suggested from the stories' titles as they are typed. */
    private static SlashCommandOption topicOption(String description, int maxLength) {
        return new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(TOPIC).setDescription(description)
                .setRequired(false).setMaxLength(maxLength).setAutocompletable(true).build();
    }

    private static SlashCommandOption storyOption(String description) {
        return new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(STORY)
                .setDescription(description).setRequired(false).setAutocompletable(true).build();
    }
}
