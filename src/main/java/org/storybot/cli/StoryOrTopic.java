package org.storybot.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --story ID | --topic TEXT} choice of the story tools (people, timeline, compare), as one
 * exclusive picocli argument group; given neither, each command says what it shows.
 */
final class StoryOrTopic {

    @Option(names = "--story", paramLabel = "ID", description = "One story, by the id `storybot stories` shows.")
    String story;

    @Option(names = "--topic", paramLabel = "TEXT", description = "The stories about TEXT.")
    String topic;

    /** What was asked for. */
    sealed interface Choice {
        /** Neither option: the command's default. */
        record Default() implements Choice {}

        record Story(String id) implements Choice {}

        /** The topic, stripped and not blank. */
        record Topic(String text) implements Choice {}
    }

    /** The choice a parsed group stands for ({@code null}, as picocli leaves it when neither option is given, is the default). */
    static Choice of(StoryOrTopic given) {
        if (given == null) {
            return new Choice.Default();
        }
        if (given.topic != null) {
            if (given.topic.isBlank()) {
                throw new UserException("give the topic: --topic TEXT");
            }
            return new Choice.Topic(given.topic.strip());
        }
        return new Choice.Story(given.story);
    }
}
