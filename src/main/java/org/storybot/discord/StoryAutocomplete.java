package org.storybot.discord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.javacord.api.event.interaction.AutocompleteCreateEvent;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.listener.interaction.AutocompleteCreateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.chat.Assistant;
import org.storybot.store.StoryInfo;
import org.storybot.text.PlainWords;

/**
 * Suggestions while someone types: for a {@code story:} option the library's stories (title shown, id
 * sent); for a {@code topic:} option what was typed, then the titles of the stories holding every word typed.
 */
final class StoryAutocomplete implements AutocompleteCreateListener {

    private static final Logger log = LoggerFactory.getLogger(StoryAutocomplete.class);
    /** Discord shows at most 25 choices, each name and value at most 100 characters. */
    private static final int MAX_CHOICES = 25;
    private static final int MAX_CHOICE_LENGTH = 100;

    private final Assistant assistant;

    StoryAutocomplete(Assistant assistant) {
        this.assistant = assistant;
    }

    @Override
    public void onAutocompleteCreate(AutocompleteCreateEvent event) {
        AutocompleteInteraction typing = event.getAutocompleteInteraction();
        List<SlashCommandOptionChoice> choices = List.of();
        try {
            SlashCommandInteractionOption focused = typing.getFocusedOption();
            if (SlashCommands.STORY.equals(focused.getName())) {
                choices = choices(focused.getStringValue().orElse(""));
            } else if (SlashCommands.TOPIC.equals(focused.getName())) {
                choices = topics(focused.getStringValue().orElse(""));
            }
        } catch (RuntimeException e) {
            log.error("story suggestions failed", e);
        }
        typing.respondWithChoices(choices).exceptionally(e -> {
            log.warn("could not offer story suggestions: {}", e.toString());
            return null;
        });
    }

    private List<SlashCommandOptionChoice> choices(String typed) {
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        return assistant.stories().stream()
                .filter(s -> s.id().length() <= MAX_CHOICE_LENGTH)
                .filter(s -> needle.isEmpty() || s.id().toLowerCase(Locale.ROOT).contains(needle)
                        || s.title().toLowerCase(Locale.ROOT).contains(needle))
                .limit(MAX_CHOICES)
                .map(s -> SlashCommandOptionChoice.create(label(s), s.id()))
                .toList();
    }

    private List<SlashCommandOptionChoice> topics(String typed) {
        String text = Quotes.clip(typed.strip(), MAX_CHOICE_LENGTH);
        List<String> words = PlainWords.of(text);
        Set<String> topics = new LinkedHashSet<>();
        if (!text.isEmpty()) {
            topics.add(text);
        }
        for (StoryInfo s : assistant.stories()) {
            if (topics.size() == MAX_CHOICES) {
                break;
            }
            if (PlainWords.of(s.title()).containsAll(words)) {
                topics.add(Quotes.clip(s.title(), MAX_CHOICE_LENGTH));
            }
        }
        return topics.stream().map(t -> SlashCommandOptionChoice.create(t, t)).toList();
    }

    private static String label(StoryInfo story) {
        String date = story.date() == null || story.date().isBlank() ? "" : " (" + story.date() + ")";
        return Quotes.clip(story.title(), MAX_CHOICE_LENGTH - date.length()) + date;
    }
}
