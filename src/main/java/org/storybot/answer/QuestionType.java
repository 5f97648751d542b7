package org.storybot.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kind of answer a question asks for, read from its wording. */
public enum QuestionType {
    WHO, WHEN, WHERE, HOW_MANY, WHY, HOW, YES_NO, WHAT;

    private static final Pattern WH = Pattern.compile(
            "\\b(who|whom|whose|when|where|why|how|what|which)\\b(?:\\s+(\\w+))?(?:\\s+(\\w+))?");
    private static final Pattern TIME_NOUN = Pattern.compile("year|years|date|day|month|century|decade|time|era|period|season");
    private static final Pattern PLACE_NOUN = Pattern.compile(
            "country|countries|city|cities|state|states|region|place|town|continent|island|location|area|nation|province|county");
    private static final Pattern PERSON_NOUN = Pattern.compile(
            "person|man|woman|people|king|queen|president|leader|author|writer|reporter|reporters|journalist|official|"
                    + "company|organization|organisation|group|team|newspaper|agency|court|judge|senator|ruler|emperor");
    private static final Pattern QUANTITY = Pattern.compile("much|long|old|far|large|big|high|tall|often|fast|deep|wide|heavy");
    private static final Pattern AUXILIARY = Pattern.compile(
            "^(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|shall|may|might|must)\\b");

    public static QuestionType of(String question) {
        String q = question.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        Matcher m = WH.matcher(q);
        if (!m.find()) {
            return AUXILIARY.matcher(q).find() ? YES_NO : WHAT;
        }
        String wh = m.group(1);
        String next = m.group(2) == null ? "" : m.group(2);
        String after = m.group(3) == null ? "" : m.group(3);
        return switch (wh) {
            case "who", "whom", "whose" -> WHO;
            case "when" -> WHEN;
            case "where" -> WHERE;
            case "why" -> WHY;
            case "how" -> next.equals("many") || QUANTITY.matcher(next).matches() ? HOW_MANY : HOW;
            default -> {
                String noun = next.matches("kind|type|sort|part") ? after : next;
                if (TIME_NOUN.matcher(noun).matches()) {
                    yield WHEN;
                }
                if (PLACE_NOUN.matcher(noun).matches()) {
                    yield WHERE;
                }
                if (PERSON_NOUN.matcher(noun).matches()) {
                    yield WHO;
                }
                if (noun.matches("percentage|percent|number|amount|proportion|fraction|size")) {
                    yield HOW_MANY;
                }
                if (noun.equals("reason") || noun.equals("caused") || noun.equals("causes")) {
                    yield WHY;
                }
                yield WHAT;
            }
        };
    }
}
