package org.storybot.answer;

import java.util.List;
import java.util.Set;
import org.storybot.text.Lexicon;

/**
 * What a question asks for, read from its words: the kind of answer that fills its gap
 * ({@link Want}), the noun that names that kind where it says one ("which <b>newspaper</b>"), the
 * names and numbers it relies on, and its other content words, which the answer's sentence must
 * support. {@code subject} is the name a "who is X?" or "what does X do?" question is about;
 * {@code voice} tells "who was fired?" (asks for whom it was done to) from "who fired?";
 * {@code byRole} marks "who is the president of the ICC?", which names someone by a role the
 * answer must hold ("a vice president" does not). {@code strict}: an answer must hold a phrase of
 * the kind wanted, as for "who", "when", "where", "how many" and "the name of"; "what branch of
 * science" may be answered by any words.
 */
record Asked(String text, Want want, String focus, List<String> names, List<Term> terms, String subject,
        boolean negated, Tense tense, Voice voice, boolean byRole, boolean strict) {

    /** Whether "who" asks for the doer (active), for whom it was done to (passive), or neither ("whose", "who is"). */
    enum Voice { ACTIVE, PASSIVE, NONE }

    /** When what the question asks about happened, as its auxiliary says: "did" is past, "will" future. */
    enum Tense { PAST, FUTURE, ANY }

    /** The kind of answer that fills a question's gap. */
    enum Want {
        /** who: a person or a group, by name or by description ("a Duke student"). */
        PERSON,
        /** the name of something, of the focus's kind where WordNet knows it ("which newspaper"). */
        NAMED,
        /** where: a place. */
        PLACE,
        /** when: a date or a time. */
        TIME,
        /** how many, how old, what share: a number. */
        NUMBER,
        /** why, what caused: a cause or a reason. */
        CAUSE,
        /** how: a way or a means. */
        MANNER,
        /** who is X, what does X do: X's role or description. */
        ROLE,
        /** yes or no. */
        POLARITY,
        /** what happened, what did X say: the sentence itself. */
        ANY;

        /** Whether an answer must hold a phrase of this kind, beyond what the question says. */
        boolean needsPhrase() {
            return this == PERSON || this == NAMED || this == PLACE || this == TIME || this == NUMBER || this == ROLE;
        }

        /** How the bot says what the story does not give: "who", "when", ... */
        String gap() {
            return switch (this) {
                case PERSON -> "who";
                case NAMED -> "which";
                case PLACE -> "where";
                case TIME -> "when";
                case NUMBER -> "how many";
                case CAUSE -> "why";
                case MANNER -> "how";
                case ROLE -> "who that is";
                case POLARITY -> "whether";
                case ANY -> "that";
            };
        }
    }

    /**
     * A content word of the question: as written, its base form, the forms that support it in a
     * sentence (its base forms, synonyms and derivations), its weight, and whether it is the
     * question's verb, which an answer must support.
     */
    record Term(String word, Lexicon.Pos pos, Set<String> forms, double weight, boolean predicate) {
    }

    Asked {
        names = List.copyOf(names);
        terms = List.copyOf(terms);
    }

    double totalWeight() {
        return terms.stream().mapToDouble(Term::weight).sum();
    }
}
