package org.storybot.answer;

import java.util.Set;
import org.storybot.answer.Asked.Term;
import org.storybot.text.PlainWords;
import org.storybot.text.WordForms;

/**
 * Where a sentence stands: its paragraph, section heading and story title, as a set of words and
 * their base forms. A question's word found here, not in the sentence itself, still counts for
 * something: "it" in the sentence may be what the paragraph named. Words (as {@link PlainWords}
 * reads them) are matched as written or by their beginning (no tagging, no WordNet), so it is cheap.
 */
final class Setting {

    private final Set<String> words;

    private Setting(Set<String> words) {
        this.words = words;
    }

    static Setting of(String text) {
        return new Setting(Set.copyOf(PlainWords.of(text)));
    }

    /** Whether the setting holds {@code word} (folded) as written. */
    boolean holdsWord(String word) {
        return words.contains(word);
    }

    boolean holds(Term term) {
        if (term.forms().stream().anyMatch(words::contains)) {
            return true;
        }
        String w = WordForms.fold(term.word());
        return w.length() >= WordForms.FUZZY_LENGTH && words.stream().anyMatch(x -> x.startsWith(WordForms.stem(w)));
    }
}
