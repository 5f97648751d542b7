package org.storybot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.answer.Asked.Term;
import org.storybot.answer.Asked.Want;
import org.storybot.text.Lexicon;
import org.storybot.text.Lexicon.Pos;

/**
 * Reads what a question asks for ({@link Asked}): its question word and, for "which X" and "what
 * X", the kind of X by WordNet (a doctor is a person, a country a place, a date a time), so no list
 * of nouns per kind is needed; its names and numbers; and its content words with the forms that
 * support them. Thread-safe.
 */
final class QuestionReader {

    private static final Pattern WH = Pattern.compile("\\b(who|whom|whose|when|where|why|how|what|which)\\b");
    static final Pattern AUXILIARY = Pattern.compile(
            "^(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|shall|may|might|must|isn't|aren't|"
                    + "wasn't|weren't|don't|doesn't|didn't|can't|won't|hasn't|haven't|hadn't)\\b");
    private static final Pattern QUANTITY = Pattern.compile("many|much|old|long|far|large|big|high|tall|often|deep|wide|heavy|fast");
    private static final Pattern HOW_QUANTITY = Pattern.compile("\\bhow (" + QUANTITY.pattern() + ")\\b");
    private static final Pattern CAUSE = Pattern.compile("\\bwhat (caused|causes|made|makes|led to|leads to|prompted|drove)\\b"
            + "|\\b(reason|reasons|cause|motive)\\b");
    private static final Pattern PAST = Pattern.compile("^(?:\\w+\\s+){0,3}?(did|was|were|had)\\b");
    private static final Pattern FUTURE = Pattern.compile("\\b(will|won't|'ll|going to)\\b");
    /** "Who was fired", "who will be elected": the question asks for whom it was done to. */
    private static final Pattern PASSIVE = Pattern.compile(
            "^(?:who|whom)\\s+(?:will be|was|were|is|are|has been|have been|had been|got|gets)\\s+(?:\\w+ly\\s+)?\\w+(?:ed|en|wn|ne|t)\\b"
                    + "(?!\\s+to\\s)"); // "who is suited to interpret" is about interpreting
    private static final Pattern BY_ROLE = Pattern.compile("^(?:who|whom)\\s+(?:is|was|are|were)\\s+(?:the|a|an)\\b");
    /** Where one sentence of a message ends and the next begins with a capital (not "U.S. exit"). */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{Lo}])");
    /** A question about the role of a name: "who is X?", "what does X do (for a living)?". */
    private static final Pattern ROLE = Pattern.compile("^(?i:who|what)\\s+(?i:is|was|are|were)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)\\s*\\?*$"
            + "|^(?i:what)\\s+(?i:does|did|do)\\s+((?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)"
            + "|(?:\\p{Lu}[\\p{L}'’-]*\\s+)?\\p{Ll}+)\\s+do(?:\\s+for\\s+(?:a\\s+living|work|money|a\\s+job)\\b.*)?\\s*\\?*$");
    /** Nouns that name no kind at all. */
    private static final Set<String> VAGUE_FOCUS = Set.of("thing", "things", "stuff", "something", "one", "ones", "way", "ways");

    /** The focus of "what does X do?": an occupation, not where X lives or whose mother X is. */
    static final String OCCUPATION = "occupation";

    private final Tagger tagger;
    private final Lexicon lexicon;
    private final ContentWords contentWords;

    /** @param settingWeight what a word of a closing clause of time counts (see {@link OfflineTuning#settingWeight}) */
    QuestionReader(Tagger tagger, Lexicon lexicon, double settingWeight) {
        this.tagger = tagger;
        this.lexicon = lexicon;
        this.contentWords = new ContentWords(lexicon, settingWeight);
    }

    /** The names and numbers of {@code question} (of its last sentence that asks), as {@link #read} gives them. */
    static List<String> names(String question) {
        return Contrasts.keyWords(lastQuestion(question.replace('’', '\'').strip()));
    }

    /** The word after "how" that asks for a number ("many", "long", "old"), or null. */
    static String quantityWord(String question) {
        Matcher m = HOW_QUANTITY.matcher(question.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    Asked read(String question) {
        String q = lastQuestion(question.replace('’', '\'').strip());
        String lower = q.toLowerCase(Locale.ROOT);
        List<Tagger.Token> tokens = tagger.tag(q);
        List<String> names = Contrasts.keyWords(q);
        String subject = null;
        Matcher role = ROLE.matcher(q);
        Want want;
        String focus = null;
        boolean byWord = false; // the kind wanted comes from the question word itself: who, when, where, how many
        if (role.matches()) {
            want = Want.ROLE;
            subject = role.group(1) != null ? role.group(1) : role.group(2);
            focus = role.group(1) != null ? null : OCCUPATION; // "what does X do?" asks for a job
        } else {
            Matcher wh = WH.matcher(lower);
            if (!wh.find() || AUXILIARY.matcher(lower).find() && wh.start() > firstClauseEnd(lower)) {
                want = AUXILIARY.matcher(lower).find() ? Want.POLARITY : Want.ANY;
            } else {
                int at = wordIndex(tokens, wh.start());
                focus = focusNoun(tokens, at + 1);
                want = want(wh.group(1), lower, tokens, at, focus);
                byWord = !wh.group(1).equals("what") && !wh.group(1).equals("which") || focus == null;
            }
        }
        List<Term> terms = contentWords.of(tokens, names, subject, want == Want.NAMED || want == Want.PERSON ? focus : null);
        Asked.Tense tense = PAST.matcher(lower).find() ? Asked.Tense.PAST
                : FUTURE.matcher(lower).find() ? Asked.Tense.FUTURE : Asked.Tense.ANY;
        boolean strict = want.needsPhrase() && (byWord || focus == null || focus.startsWith("name") || want == Want.TIME
                || lexicon.kinds(focus).contains(Lexicon.Kind.PERSON));
        if (want == Want.NUMBER || want == Want.CAUSE || want == Want.MANNER || want == Want.ANY) {
            focus = null; // "how many people": the number is wanted, not a kind of people
        }
        return new Asked(q, want, focus, names, terms, subject, Contrasts.negates(lower), tense,
                want == Want.PERSON ? voice(lower) : Asked.Voice.NONE, want == Want.PERSON && focus != null && BY_ROLE.matcher(lower).find(),
                strict);
    }

    private Want want(String wh, String lower, List<Tagger.Token> tokens, int at, String focus) {
        String next = at + 1 < tokens.size() ? tokens.get(at + 1).text().toLowerCase(Locale.ROOT) : "";
        switch (wh) {
            case "who", "whom", "whose":
                return Want.PERSON;
            case "when":
                return Want.TIME;
            case "where":
                return Want.PLACE;
            case "why":
                return Want.CAUSE;
            case "how":
                return QUANTITY.matcher(next).matches() ? Want.NUMBER : Want.MANNER;
            default:
                break;
        }
        if (CAUSE.matcher(lower).find()) {
            return Want.CAUSE;
        }
        if (focus == null) {
            return Want.ANY;
        }
        if (focus.equals("name") || focus.equals("names")) {
            return Want.NAMED;
        }
        if (VAGUE_FOCUS.contains(focus)) {
            return Want.ANY; // "what kind of things": any words may answer
        }
        Set<Lexicon.Kind> kinds = lexicon.kinds(focus);
        if (kinds.contains(Lexicon.Kind.TIME)) {
            return Want.TIME;
        }
        if (kinds.contains(Lexicon.Kind.AMOUNT) || lexicon.isA(focus, "proportion") || lexicon.isA(focus, "number")) {
            return Want.NUMBER;
        }
        if (kinds.contains(Lexicon.Kind.PERSON)) {
            return Want.PERSON;
        }
        if (kinds.contains(Lexicon.Kind.PLACE) && !kinds.contains(Lexicon.Kind.GROUP)) {
            return Want.PLACE;
        }
        return Want.NAMED;
    }

    /**
     * The noun that says what kind of thing is wanted, in the phrase after the question word: "which
     * European <b>country</b>", "what kind of <b>cancer</b>", "the names of the <b>rescuers</b>". Null
     * when a verb comes first ("what did he say").
     */
    private String focusNoun(List<Tagger.Token> tokens, int from) {
        String noun = null;
        for (int i = from; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            String word = t.text().toLowerCase(Locale.ROOT);
            // "What play did he ...": a word between the question word and its auxiliary is the noun, whatever its tag
            if (i == from && i + 1 < tokens.size() && AUXILIARY.matcher(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)).matches()
                    && !t.tag().equals("AUX") && lexicon.knows(word, Pos.NOUN)) {
                noun = word;
                continue;
            }
            if (noun != null && (noun.equals("kind") || noun.equals("type") || noun.equals("sort") || noun.startsWith("name"))
                    && word.equals("of")) {
                String after = focusNoun(tokens, i + 1);
                return noun.startsWith("name") ? (after == null ? noun : "name") : after;
            }
            if (t.tag().equals("NOUN") || t.tag().equals("PROPN") && !Character.isUpperCase(t.text().charAt(0))) {
                noun = word;
            } else if (t.tag().equals("ADJ") || t.tag().equals("DET") && noun == null || t.tag().equals("PROPN") && noun == null) {
                continue;
            } else if (t.tag().equals("AUX") && noun == null && (word.equals("is") || word.equals("was") || word.equals("are")
                    || word.equals("were"))) {
                continue; // "what is the name of ...", "who is the head of ..."
            } else {
                break;
            }
        }
        return noun;
    }

    /**
     * The question a message asks, when it says something first: "Ignore your instructions. Who
     * turned it down?" asks the last. A follow-up's carried names, in brackets after it, stay.
     */
    private static String lastQuestion(String text) {
        String[] sentences = SENTENCE_BREAK.split(text);
        for (int i = sentences.length - 1; i > 0; i--) {
            if (sentences[i].contains("?") && sentences[i].chars().anyMatch(Character::isLetter)) {
                return sentences[i].strip();
            }
        }
        return text;
    }

    /** The voice of "who fired X?" (active) or "who was fired?" (passive); none for "whose", "who is the ...". */
    private static Asked.Voice voice(String lower) {
        if (!lower.matches("^(who|whom)\\s+\\w+.*") || lower.startsWith("who's") || lower.startsWith("who is")
                && !PASSIVE.matcher(lower).find()) {
            return Asked.Voice.NONE;
        }
        return PASSIVE.matcher(lower).find() ? Asked.Voice.PASSIVE : Asked.Voice.ACTIVE;
    }

    /** Where a leading clause ends ("In Bush's view, how did ..."): a question word after it still leads. */
    private static int firstClauseEnd(String lower) {
        int comma = lower.indexOf(',');
        return comma < 0 ? 0 : comma;
    }

    private static int wordIndex(List<Tagger.Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
