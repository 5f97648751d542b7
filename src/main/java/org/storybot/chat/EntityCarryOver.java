package org.storybot.chat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.ShortAnswer;
import org.storybot.answer.Tagger;
import org.storybot.text.StoryAnalyzer;

/**
 * Follow-ups without a model: a question that leans on the previous turn ("Who were its
 * reporters?", "When was that?") gets that turn's names and key words carried into it, so
 * retrieval looks where the conversation was. A question that stands on its own is left alone.
 */
public final class EntityCarryOver implements QuestionRewriter {

    private static final Pattern REFERRING = Pattern.compile("(?i)\\b(it|its|it's|they|them|their|theirs|he|him|his|"
            + "she|her|hers|this|that|these|those|there|then|the same|such|other|others|also|too|else)\\b");
    private static final int MAX_CARRIED = 8;

    private final Tagger tagger;

    public EntityCarryOver(Tagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String standalone(String question, List<Turn> history) {
        if (history.isEmpty() || !leansOnContext(question)) {
            return question;
        }
        Turn last = history.get(history.size() - 1);
        Set<String> carried = new LinkedHashSet<>();
        ShortAnswer answered = last.shortAnswer();
        boolean found = answered != null && answered.kind() != ShortAnswer.Kind.YES_NO;
        if (found) {
            carried.add(answered.text()); // what the last turn found is what "it" most likely means
        }
        if (!found || contentWords(question) == 0) {
            // "why?" after "who turned down the offer?" asks why the offer was turned down
            carried.addAll(names(last.standaloneQuestion()));
            carried.addAll(keyWords(last.question()));
        }
        carried.removeIf(w -> question.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)));
        if (carried.isEmpty()) {
            return question;
        }
        return question + " (" + String.join(", ", carried.stream().limit(MAX_CARRIED).toList()) + ")";
    }

    private boolean leansOnContext(String question) {
        if (REFERRING.matcher(question).find()) {
            return true;
        }
        List<Tagger.Token> tokens = tagger.tag(question);
        boolean names = tokens.stream().anyMatch(t -> t.isProperNoun() && t.start() > 0);
        return contentWords(question) <= 2 && !names;
    }

    private long contentWords(String question) {
        return tagger.tag(question).stream().filter(Tagger.Token::isWord)
                .filter(t -> !StoryAnalyzer.isStopWord(t.text())).count();
    }

    /** Runs of proper nouns, as written. */
    private Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        List<Tagger.Token> tokens = tagger.tag(text);
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).isProperNoun()) {
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).isProperNoun()) {
                    j++;
                }
                names.add(text.substring(tokens.get(i).start(), tokens.get(j).end()));
                i = j + 1;
            } else {
                i++;
            }
        }
        return names;
    }

    /** The nouns and names of a question. */
    private Set<String> keyWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (Tagger.Token t : tagger.tag(text)) {
            if ((t.isNoun() || t.tag().equals("VERB")) && !StoryAnalyzer.isStopWord(t.text())) {
                words.add(t.text());
            }
        }
        return words;
    }
}
