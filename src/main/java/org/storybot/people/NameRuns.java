package org.storybot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storybot.answer.PersonNames;
import org.storybot.answer.Tagger;
import org.storybot.story.Abbreviations;

/** Where names run in tagged text: the tokens that can be words of one. */
final class NameRuns {

    /** A family name with a lower-case particle: "al-Abadi", "bin-Salman", "de-Blasio". */
    private static final Pattern PARTICLE = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}\\p{L}+");
    private NameRuns() {
    }

    /** "Sen" and "." as one token "Sen.", as {@link Abbreviations#isTitle} knows it (the tagger splits a dot after a lower-case letter). */
    static List<Tagger.Token> withTitleDots(List<Tagger.Token> tokens) {
        List<Tagger.Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Tagger.Token w = tokens.get(i);
            if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == w.end()
                    && Abbreviations.isTitle(w.text() + ".")) {
                out.add(new Tagger.Token(w.text() + ".", w.start(), w.end() + 1, "PROPN"));
                i++;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** A word of a name, or a capitalised adjective inside one ("New York Times", "Attorney General Jeff Sessions"). */
    static boolean runToken(List<Tagger.Token> t, int i) {
        if (PersonNames.nameToken(t, i) || i > 0 && PersonNames.nameToken(t, i - 1) && PARTICLE.matcher(t.get(i).text()).matches()) {
            return true; // "Haider al-Abadi"
        }
        int k = i;
        while (k < t.size() && t.get(k).isWord() && t.get(k).tag().equals("ADJ") && Character.isUpperCase(t.get(k).text().codePointAt(0))) {
            k++;
        }
        return k > i && k < t.size() && PersonNames.nameToken(t, k);
    }
}
