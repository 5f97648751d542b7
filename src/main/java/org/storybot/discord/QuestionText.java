package org.storybot.discord;

import java.util.regex.Pattern;

/**
 * A question as typed on Discord, without the mentions in it: {@code <@id>}, {@code <@&id>},
 * {@code <#id>}, {@code @everyone} and {@code @here} address people or places, they are not words
 * of the question, and retrieval would only look for them in the stories.
 */
final class QuestionText {

    private static final Pattern MENTIONS = Pattern.compile("<@[!&]?\\d+>|<#\\d+>|@everyone\\b|@here\\b");

    private QuestionText() {
    }

    static String of(String typed) {
        return MENTIONS.matcher(typed == null ? "" : typed).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
    }
}
