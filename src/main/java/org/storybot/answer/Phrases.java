package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the short answer out of a sentence: the names for "who", the date for "when", the number
 * and what it counts for "how many", the place for "where". Always a span of the sentence, word
 * for word; null when no such span stands out.
 */
final class Phrases {

    private static final Pattern MONTH = Pattern.compile("(?i)january|february|march|april|may|june|july|august|"
            + "september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec");
    private static final Pattern DAY = Pattern.compile("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "today|yesterday|tomorrow|tonight");
    private static final Set<String> JOINERS = Set.of("and", "of", "&", "de", "the", "for");

    private Phrases() {
    }

    /** Words this close to a span that also occur in the question tie the span to the question. */
    private static final int ANCHOR_DISTANCE = 3;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and",
            "or", "is", "are", "was", "were", "be", "by", "with", "from", "as", "that", "this", "it", "its", "did", "do",
            "does", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much");

    static String answerPhrase(QuestionType type, List<Tagger.Token> tokens, String sentence, Set<String> questionWords) {
        int from = 0;
        while (from < tokens.size()) {
            int[] span = switch (type) {
                case WHO, WHERE -> properNames(tokens, questionWords, from);
                case WHEN -> date(tokens, questionWords, from);
                case HOW_MANY -> quantity(tokens, questionWords, from);
                default -> null;
            };
            if (span == null) {
                return null;
            }
            if (anchored(tokens, span, questionWords)) {
                return sentence.substring(tokens.get(span[0]).start(), tokens.get(span[1]).end());
            }
            from = span[1] + 1;
        }
        return null;
    }

    /** A span counts only next to words of the question: otherwise it may answer something else. */
    private static boolean anchored(List<Tagger.Token> tokens, int[] span, Set<String> questionWords) {
        int from = Math.max(0, span[0] - ANCHOR_DISTANCE);
        int to = Math.min(tokens.size() - 1, span[1] + ANCHOR_DISTANCE);
        for (int i = from; i <= to; i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!FUNCTION_WORDS.contains(word) && tokens.get(i).isWord() && sharesStem(word, questionWords)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesStem(String word, Set<String> questionWords) {
        if (questionWords.contains(word)) {
            return true;
        }
        String stem = word.substring(0, Math.min(word.length(), Math.max(4, word.length() - 3)));
        return word.length() >= 4 && questionWords.stream().anyMatch(q -> q.length() >= 4 && q.startsWith(stem));
    }

    /** The first run of proper nouns (joined by "and", "of") that the question does not already name. */
    private static int[] properNames(List<Tagger.Token> tokens, Set<String> questionWords, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (!tokens.get(i).isProperNoun()) {
                continue;
            }
            int start = i;
            int end = i;
            int j = i + 1;
            while (j < tokens.size()) {
                Tagger.Token t = tokens.get(j);
                if (t.isProperNoun()) {
                    end = j;
                } else if (!(JOINERS.contains(t.text().toLowerCase(Locale.ROOT)) && j + 1 < tokens.size()
                        && tokens.get(j + 1).isProperNoun())) {
                    break;
                }
                j++;
            }
            boolean named = false;
            for (int k = start; k <= end; k++) {
                named |= !AnswerTypes.isNew(tokens.get(k), questionWords);
            }
            if (named) {
                i = end; // the question already names this one
                continue;
            }
            while (start > 1 && isCapitalised(tokens.get(start - 1)) && !tokens.get(start - 1).text().equals("The")) {
                start--; // "New York" where "New" was tagged an adjective
            }
            if (start > 0 && tokens.get(start - 1).text().equals("The")) {
                start--; // "The New York Times", "The President"
            }
            return new int[] {start, end};
        }
        return null;
    }

    private static boolean isCapitalised(Tagger.Token t) {
        return t.isWord() && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** Every run of proper nouns in the sentence that the question does not already name, as text. */
    static List<String> properNameRuns(List<Tagger.Token> tokens, String sentence, Set<String> questionWords) {
        List<String> runs = new ArrayList<>();
        int from = 0;
        while (from < tokens.size()) {
            int[] span = properNames(tokens, questionWords, from);
            if (span == null) {
                break;
            }
            runs.add(sentence.substring(tokens.get(span[0]).start(), tokens.get(span[1]).end()));
            from = span[1] + 1;
        }
        return runs;
    }

    /** A date: a year, a month with its day and year, a weekday, a century. */
    private static int[] date(List<Tagger.Token> tokens, Set<String> questionWords, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            boolean anchor = (t.isNumber() && t.text().matches("\\d{3,4}s?")) || MONTH.matcher(t.text()).matches()
                    || DAY.matcher(t.text()).matches() || t.text().matches("(?i)\\d{1,2}(st|nd|rd|th)");
            if (!anchor || !AnswerTypes.isNew(t, questionWords)) {
                continue;
            }
            int start = i;
            int end = i;
            while (start > 0 && isDatePart(tokens.get(start - 1))) {
                start--;
            }
            while (end + 1 < tokens.size() && isDatePart(tokens.get(end + 1))) {
                end++;
            }
            if (end + 1 < tokens.size() && tokens.get(end + 1).text().equalsIgnoreCase("century")) {
                end++;
            }
            return new int[] {start, end};
        }
        return null;
    }

    private static boolean isDatePart(Tagger.Token t) {
        return t.isNumber() || MONTH.matcher(t.text()).matches() || DAY.matcher(t.text()).matches()
                || t.text().matches("(?i)\\d{1,2}(st|nd|rd|th)|,") && !t.text().equals(",");
    }

    /** A number the question does not hold, with the words it counts ("six predominantly Muslim countries"). */
    private static int[] quantity(List<Tagger.Token> tokens, Set<String> questionWords, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            if (!t.isNumber() || !AnswerTypes.isNew(t, questionWords)) {
                continue;
            }
            int start = i;
            if (start > 0 && (tokens.get(start - 1).tag().equals("SYM") || tokens.get(start - 1).text().matches("(?i)about|nearly|almost|over|more|less|than|some|around|roughly"))) {
                start--;
            }
            int end = i;
            while (end + 1 < tokens.size() && tokens.get(end + 1).isNumber()) {
                end++;
            }
            int j = end + 1;
            int limit = Math.min(tokens.size(), end + 5);
            while (j < limit) {
                String tag = tokens.get(j).tag();
                if (tag.equals("NOUN") || tag.equals("PROPN")) {
                    end = j;
                    if (j + 1 >= limit || !(tokens.get(j + 1).tag().equals("NOUN"))) {
                        break;
                    }
                } else if (!(tag.equals("ADJ") || tag.equals("ADV") || tokens.get(j).text().equals("%")
                        || tokens.get(j).text().equalsIgnoreCase("percent"))) {
                    break;
                }
                if (tokens.get(j).text().equals("%") || tokens.get(j).text().equalsIgnoreCase("percent")) {
                    end = j;
                }
                j++;
            }
            return new int[] {start, end};
        }
        return null;
    }
}
