package org.storybot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.PersonNames;
import org.storybot.answer.Tagger;
import org.storybot.story.Abbreviations;
import org.storybot.text.StoryAnalyzer;

/** Where names run in tagged text: the tokens that can be words of one. */
final class NameRuns {

    /** A family name with a lower-case particle: "al-Abadi", "bin-Salman", "de-Blasio". */
    private static final Pattern PARTICLE = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}\\p{L}+");
    /** Universal Dependencies' closed classes: a word the model puts in one and no list of function words has is misread. */
    private static final Set<String> CLOSED_CLASS = Set.of("PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART");

    private NameRuns() {
    }

    /**
     * The tokens as names need them: "Sen" and "." as one token "Sen.", as {@link Abbreviations#isTitle}
     * knows it (the tagger splits a dot after a lower-case letter); and a capitalised word after a
     * capitalised noun that the tagger calls a pronoun, a determiner or another closed-class word
     * but that is none of the function words, a name ("Lawyer Dora Whitcombe said", where the model
     * read "Whitcombe" as a pronoun after a sentence that came before it).
     */
    static List<Tagger.Token> forNames(List<Tagger.Token> tokens) {
        List<Tagger.Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Tagger.Token w = tokens.get(i);
            if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == w.end()
                    && Abbreviations.isTitle(w.text() + ".")) {
                out.add(new Tagger.Token(w.text() + ".", w.start(), w.end() + 1, "PROPN"));
                i++;
            } else if (CLOSED_CLASS.contains(w.tag()) && w.isWord() && Character.isUpperCase(w.text().codePointAt(0))
                    && !StoryAnalyzer.isStopWord(w.text()) && !out.isEmpty() && PersonNames.nameToken(out, out.size() - 1)) {
                out.add(new Tagger.Token(w.text(), w.start(), w.end(), "PROPN"));
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
