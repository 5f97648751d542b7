package org.storybot.discord;

import java.util.List;
import java.util.Locale;
import org.javacord.api.event.interaction.AutocompleteCreateEvent;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.listener.interaction.AutocompleteCreateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.chat.Assistant;
import org.storybot.store.StoryInfo;

/** Offers the library's stories while someone types a {@code story:} option: title shown, id sent. */
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

    private static String label(StoryInfo story) {
        String date = story.date() == null || story.date().isBlank() ? "" : " (" + story.date() + ")";
        return Quotes.clip(story.title(), MAX_CHOICE_LENGTH - date.length()) + date;
    }
}
