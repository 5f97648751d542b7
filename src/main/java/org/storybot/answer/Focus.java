package org.storybot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The noun that says what kind of thing a question wants: "newspaper" in "Which newspaper reported
 * on the feud?". Null when the question names none, or only a kind of person.
 */
final class Focus {

    private static final Set<String> VAGUE = Set.of("kind", "type", "sort", "part", "name", "way", "thing", "things",
            "one", "ones", "year", "years", "date", "day", "time", "times", "reason", "number", "amount", "percentage",
            "percent", "many", "much", "other", "else");
    /** Kinds of people: names of people embed too much alike for the kind to tell them apart. */
    private static final Set<String> PEOPLE = Set.of("person", "people", "man", "men", "woman", "women", "reporter",
            "reporters", "journalist", "journalists", "writer", "writers", "author", "authors", "president", "leader",
            "leaders", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "king", "queen", "senator",
            "judge", "justice", "minister", "secretary", "governor", "mayor", "founder", "member", "members", "son",
            "daughter", "father", "mother", "wife", "husband", "brother", "sister", "nephew", "niece", "player", "coach");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    private static final Set<String> DETERMINERS = Set.of("the", "its", "his", "her", "their", "a", "an", "that", "this");

    private Focus() {
    }

    static String of(List<Tagger.Token> question) {
        for (int i = 0; i < question.size(); i++) {
            String word = lower(question.get(i));
            if (word.equals("which") || word.equals("what")) {
                return nounAfter(question, i + 1);
            }
            if (word.equals("who") && i + 1 < question.size() && COPULAS.contains(lower(question.get(i + 1)))) {
                int j = i + 2;
                if (j < question.size() && DETERMINERS.contains(lower(question.get(j)))) {
                    return nounAfter(question, j + 1);
                }
                return null;
            }
        }
        return null;
    }

    /** The first noun of the phrase starting at {@code from}, allowing adjectives and nouns before it. */
    private static String nounAfter(List<Tagger.Token> tokens, int from) {
        String noun = null;
        for (int i = from; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            if (t.tag().equals("NOUN")) {
                noun = lower(t);
            } else if (!(t.tag().equals("ADJ") || t.tag().equals("PROPN")) || noun != null) {
                break;
            }
        }
        return noun == null || VAGUE.contains(noun) || PEOPLE.contains(noun) ? null : noun;
    }

    private static String lower(Tagger.Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
