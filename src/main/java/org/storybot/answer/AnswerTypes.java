package org.storybot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Does a sentence hold the kind of thing a question asks for, beyond what the question itself
 * says? A person or organisation for "who", a date for "when", a number for "how many", a place
 * for "where", a cause for "why".
 */
public final class AnswerTypes {

    private static final Pattern DATE = Pattern.compile("(?i)\\b(1\\d{3}|20\\d{2}|\\d{1,2}(st|nd|rd|th)? century|"
            + "\\d{2,4}s|january|february|march|april|may|june|july|august|september|october|november|december|"
            + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "today|yesterday|tomorrow|tonight|ago|later|earlier|since|until|decade|decades|weeks?|months?|years?|"
            + "bc|ad|bce|ce|morning|evening|night|spring|summer|autumn|fall|winter)\\b");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|"
            + "half|third|quarter|percent|single|double|twice)\\b");
    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(because|due to|as a result|result(ed|s)? (in|from)|"
            + "so that|in order to|since|caused|causes|led to|leads to|thanks to|owing to|reason|therefore|so as to|"
            + "in response|after|to (avoid|prevent|protect|ensure|allow|help|appeal|meet|convince))\\b");
    private static final Pattern MANNER = Pattern.compile("(?i)\\b(by|through|using|via|with|without)\\b");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "into", "across", "on");

    private AnswerTypes() {
    }

    /** Whether {@code tokens} (a sentence) hold an answer of {@code type} that is not in {@code questionWords}. */
    public static boolean holds(QuestionType type, List<Tagger.Token> tokens, String sentence, Set<String> questionWords) {
        return switch (type) {
            case WHO -> hasNewName(tokens, questionWords);
            case WHERE -> hasPlace(tokens, questionWords);
            case WHEN -> tokens.stream().anyMatch(t -> (DATE.matcher(t.text()).matches() || isYear(t)) && isNew(t, questionWords));
            case HOW_MANY -> tokens.stream().anyMatch(t -> (t.isNumber() || NUMBER_WORD.matcher(t.text()).matches())
                    && isNew(t, questionWords));
            case WHY -> CAUSE.matcher(sentence).find();
            case HOW -> MANNER.matcher(sentence).find() || CAUSE.matcher(sentence).find();
            case YES_NO, WHAT -> true;
        };
    }

    /**
     * A run of proper nouns none of whose words the question has: "Peter Baker" is new to a question
     * about "the Times report", "The New York Times" is the question's own.
     */
    private static boolean hasNewName(List<Tagger.Token> tokens, Set<String> questionWords) {
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).isProperNoun()) {
                i++;
                continue;
            }
            boolean unnamed = true;
            for (; i < tokens.size() && tokens.get(i).isProperNoun(); i++) {
                unnamed &= isNew(tokens.get(i), questionWords);
            }
            if (unnamed) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPlace(List<Tagger.Token> tokens, Set<String> questionWords) {
        for (int i = 0; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            if (t.isProperNoun() && isNew(t, questionWords)) {
                return true;
            }
            if (PLACE_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT)) && i + 2 < tokens.size()
                    && tokens.get(i + 1).tag().equals("DET") && tokens.get(i + 2).isNoun() && isNew(tokens.get(i + 2), questionWords)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(Tagger.Token t) {
        return t.isNumber() && t.text().matches("\\d{3,4}");
    }

    static boolean isNew(Tagger.Token t, Set<String> questionWords) {
        return !questionWords.contains(t.text().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
}
