package org.storybot.answer;

import java.util.regex.Pattern;
import org.storybot.text.Words;

/**
 * Sentences that are never quoted as an answer, though they still help find one: questions (a
 * heading such as "Who is Sergey Kislyak?" states nothing), lines without a verb (headings,
 * captions such as "Daniel Radcliffe as Harry Potter in ...", fragments such as "Bobby Schuller
 * Jr."), bylines and credits ("CNN's ... contributed to this report"), and a story's title
 * repeated in its text.
 */
public final class NonAnswers {

    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(contributed to this report|contributed reporting|"
            + "reported from|writing by|reporting by|editing by|follow (him|her|them|us) on|e-?mail (him|her|us)|"
            + "all rights reserved|photo(graph)? (by|credit)|image (copyright|caption)|click here)\\b|^\\s*by \\p{Lu}");
    private static final int MIN_WORDS = 4;

    private NonAnswers() {
    }

    /** Whether {@code sentence} states nothing about the story: a question, a byline or credit. */
    public static boolean statesNothing(String sentence) {
        String text = sentence.strip();
        return text.endsWith("?") || text.endsWith("?\"") || text.endsWith("?”") || CREDIT.matcher(text).find();
    }

    /** Whether {@code sentence} (read) may be quoted as the answer to a question. */
    static boolean mayAnswer(Reading sentence, String storyTitle) {
        String text = sentence.text().strip();
        if (statesNothing(text)) {
            return false;
        }
        if (storyTitle != null && normal(text).equals(normal(storyTitle))) {
            return false;
        }
        long words = sentence.tokens().stream().filter(Tagger.Token::isWord).count();
        if (words < MIN_WORDS) {
            return false;
        }
        return sentence.tokens().stream().anyMatch(t -> t.tag().equals("VERB") || t.tag().equals("AUX"));
    }

    private static String normal(String s) {
        return Words.key(s);
    }
}
