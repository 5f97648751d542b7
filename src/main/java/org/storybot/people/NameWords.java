package org.storybot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storybot.answer.Tagger;
import org.storybot.text.Lexicon;

/** What WordNet says of the words of a name: whether one names a person, a group, a place or a time, a given name, a plural. */
final class NameWords {

    private final Lexicon lexicon;

    NameWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a name's last word is a plain word for a group, a place or a time ("Department", "House", "Times"). */
    boolean thing(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lexicon.isPlain(lower)) {
            return false;
        }
        Set<Lexicon.Kind> kinds = lexicon.kinds(lower);
        return !kinds.contains(Lexicon.Kind.PERSON) && (kinds.contains(Lexicon.Kind.GROUP) || kinds.contains(Lexicon.Kind.PLACE)
                || kinds.contains(Lexicon.Kind.TIME));
    }

    /** A word WordNet knows only as a name, a person's: "David", "Peter"; not "Fox", a plain word too. */
    boolean givenName(String word) {
        return lexicon.nameKinds(word).contains(Lexicon.Kind.PERSON) && !lexicon.isPlain(word);
    }

    /** A plural of a plain noun: "Affairs", "Democrats"; not "Sessions", which WordNet knows as a name. */
    boolean plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !lexicon.nameKinds(word).contains(Lexicon.Kind.PERSON)
                && lexicon.baseForms(lower, Lexicon.Pos.NOUN).stream().anyMatch(b -> !b.equals(lower) && lexicon.isPlain(b));
    }

    /** Whether a plural names a kind of people ("Republicans") or a group. */
    boolean kindOfPeople(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lexicon.baseForms(lower, Lexicon.Pos.NOUN).stream()
                .anyMatch(b -> lexicon.kinds(b).contains(Lexicon.Kind.PERSON) || lexicon.kinds(b).contains(Lexicon.Kind.GROUP));
    }

    /** A day, a month, a time of day: "Thursday", "Tonight". */
    boolean time(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lexicon.nameKinds(word).contains(Lexicon.Kind.TIME) || lexicon.plainKinds(lower).contains(Lexicon.Kind.TIME);
    }

    /** Whether a name's last word is a plain word that names no person ("Ban", "Security", "Pink"; not "Baker", "Smith"). */
    boolean common(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lexicon.isPlain(lower) && !lexicon.kinds(lower).contains(Lexicon.Kind.PERSON);
    }

    /** A noun that names a kind of person: "spokeswoman", "journalists", "General" (of "then-Attorney General"). */
    boolean personNoun(Tagger.Token token) {
        if (!token.isNoun()) {
            return false;
        }
        String word = token.text().toLowerCase(Locale.ROOT).replaceAll("^.*-", "");
        for (String base : forms(word)) {
            if (lexicon.plainKinds(base).contains(Lexicon.Kind.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /** The singular a description is listed by ("journalist" of "the journalists"); the word itself when WordNet has none. */
    String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lexicon.baseForms(lower, Lexicon.Pos.NOUN).stream().filter(b -> !b.equals(lower)).findFirst().orElse(lower);
    }

    private List<String> forms(String word) {
        List<String> forms = new ArrayList<>(List.of(word));
        forms.addAll(lexicon.baseForms(word, Lexicon.Pos.NOUN));
        return forms;
    }

    /** A capitalised plain word that names a person in one of its commonest senses: "Justice", a judge in its third. */
    boolean personWord(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && lexicon.canNamePerson(word);
    }

    /** A plural title ("Justices", "Senators"): a plural whose singular names a person in one of its commonest senses (a justice is a judge in its third). */
    boolean isPluralTitle(String word) {
        return word.matches("\\p{L}+s") && plural(word) && lexicon.canNamePerson(singular(word));
    }

    /** A role whose last word is a plural title ("Justices Helen Varga and Samuel Ortiz") as each one's: "Justice". */
    String singularTitle(String role) {
        int space = role.lastIndexOf(' ');
        String last = role.substring(space + 1);
        if (!isPluralTitle(last)) {
            return role; // not "Rep.", "President-elect"
        }
        String one = singular(last);
        one = Character.isUpperCase(last.codePointAt(0)) ? Character.toUpperCase(one.charAt(0)) + one.substring(1) : one;
        return role.substring(0, space + 1) + one;
    }
}
