package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.story.Abbreviations;
import org.storybot.text.Lexicon;
import org.storybot.text.PlainWords;

/**
 * People's names as stories write them, for the quote check and who's who: a run of proper nouns
 * without the titles and descriptions before it ("Democratic Sen. Patrick Leahy" is Patrick Leahy,
 * "Attorney General Jeff Sessions" is Jeff Sessions), and whether two names are the same person (by
 * the last name).
 */
public final class PersonNames {

    /** Pronouns that stand for a person who speaks. */
    public static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");

    private final Lexicon lexicon;

    public PersonNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether two names name one person: the last word of one is a word of the other ("Sessions", "Jeff Sessions"). */
    public static boolean same(String a, String b) {
        List<String> x = PlainWords.of(a);
        List<String> y = PlainWords.of(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return y.contains(x.get(x.size() - 1)) || x.contains(y.get(y.size() - 1));
    }

    /**
     * Whether token {@code i} can be part of a name: a capitalised noun (the tagger reads "Sessions"
     * as a plural noun as often as a name), or a title before one.
     */
    public static boolean nameToken(List<Tagger.Token> tokens, int i) {
        Tagger.Token t = tokens.get(i);
        return t.isWord() && Character.isUpperCase(t.text().codePointAt(0))
                && (t.isNoun() || Abbreviations.isTitle(t.text()));
    }

    /**
     * The name tokens [from, to] spell, without the titles and descriptions before it; null when
     * nothing of a name is left, or when what is left names a group or a place.
     */
    public String name(List<Tagger.Token> tokens, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) { // the last word is the name itself, even where it is a noun too ("Booker")
            if (title(tokens.get(i).text())) {
                start = i + 1;
            }
        }
        if (start > to) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int i = start; i <= to; i++) {
            words.add(tokens.get(i).text());
        }
        String last = words.get(words.size() - 1);
        String lower = last.toLowerCase(Locale.ROOT);
        if (words.size() == 1 && (lexicon.plainKinds(lower).contains(Lexicon.Kind.PERSON)
                || lexicon.plainKinds(lower).contains(Lexicon.Kind.GROUP))) {
            return null; // "Officials said", "Democrats said": people, but no one person
        }
        Set<Lexicon.Kind> kinds = lexicon.nameKinds(String.join(" ", words));
        if (kinds.contains(Lexicon.Kind.GROUP) || kinds.contains(Lexicon.Kind.PLACE)
                || lexicon.nameKinds(last).contains(Lexicon.Kind.PLACE)) {
            return null; // "the Justice Department said", "Washington said"
        }
        return String.join(" ", words).replaceAll("['’]s$", "");
    }

    /** A title or a description written before a name: "Sen.", "President", "Attorney", "General", "Chairman". */
    public boolean title(String word) {
        if (Abbreviations.isTitle(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return lexicon.isPersonTitle(lower);
    }
}
