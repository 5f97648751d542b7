package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.Asked.Term;
import org.storybot.answer.Asked.Want;
import org.storybot.answer.Spans.Span;
import org.storybot.embedding.Embedder;
import org.storybot.store.Vectors;
import org.storybot.story.WordForms;
import org.storybot.text.Lexicon;

/**
 * How well one sentence supports an answer to a question: the share of the question's content
 * words it holds in some form (its setting, the paragraph and the story's title, counting for
 * less), whether it holds the question's verb, and the phrases in it of the kind the question
 * asks for, with the one that stands next to the question's own words (the part of the sentence
 * that answers it). A phrase is never one the question already says.
 */
final class Support {

    /**
     * Phrases this many tokens or fewer from a word of the question, in the same clause (no other
     * verb between: "trapped during a collapse on August 6"), answer it.
     */
    static final int CLAUSE_DISTANCE = 8;
    /** A content word found only in the sentence's setting (paragraph, title, heading) counts this much. */
    static final double SETTING_SHARE = 0.5;

    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(because|due to|as a result|result(ed|s)? (in|from)|"
            + "so that|in order to|since|caused|causes|cause|led to|leads to|lead to|thanks to|owing to|reasons?|therefore|"
            + "so as to|in response|after|following|in the wake of|amid|blamed|citing|cited|out of|fear(ed|s)?|"
            + "to (avoid|prevent|protect|ensure|allow|help|earn|make|get|keep|stop|meet|convince|appeal|pay)|"
            + "wanted to|needs? to|needed to|had to|so)\\b");
    /** Words that put a sentence's event ahead of it: a question about what happened is not answered by them. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|won't|'ll|may|might|shall|going to|set to|expected to|"
            + "plans? to|scheduled to|due to be)\\b");
    private static final Pattern MANNER = Pattern.compile("(?i)\\b(by|through|using|via|with|without|thanks to)\\b");

    /** The assessment of one sentence. */
    record Assessment(double coverage, boolean verbHeld, double namesShare, List<String> phrases, String anchored,
            int anchoredStrength, boolean explains, boolean tenseClash, boolean roleHeld, boolean opposed) {

        boolean namesHeld() {
            return namesShare >= 1;
        }

        boolean hasPhrase() {
            return !phrases.isEmpty();
        }
    }

    /**
     * A name WordNet does not know is taken for the kind asked for when it is this close in meaning to
     * it ("The New York Times" to "newspaper"; measured on the shipped story: other names stay below).
     */
    static final double KIND_SIMILARITY = 0.65;

    private final Spans spans;
    private final Lexicon lexicon;
    private final Embedder embedder;

    Support(Lexicon lexicon, Embedder embedder) {
        this.lexicon = lexicon;
        this.embedder = embedder;
        this.spans = new Spans(lexicon);
    }

    /**
     * Assesses {@code sentence} for {@code asked}; {@code setting} is its paragraph, heading and
     * title, {@code title} the story's title (whose names count as the sentence's own: a story
     * about Portugal need not say "Portugal" in every sentence).
     */
    Assessment assess(Asked asked, Reading sentence, Setting setting, String title) {
        double total = asked.totalWeight();
        double held = 0;
        Term focusTerm = null;
        boolean opposed = false;
        boolean verbs = asked.terms().stream().noneMatch(Term::predicate);
        int verbAt = -1;
        List<Integer> anchors = new ArrayList<>();
        for (Term t : asked.terms()) {
            List<Integer> at = sentence.find(t);
            if (!at.isEmpty()) {
                held += t.weight();
                anchors.addAll(at);
                verbs |= t.predicate();
                if (verbAt < 0 && t.predicate()) {
                    verbAt = at.stream().filter(i -> sentence.token(i).tag().equals("VERB")).findFirst().orElse(-1);
                }
            } else if (setting != null && setting.holds(t)) {
                held += SETTING_SHARE * t.weight();
            } else if (t.word().equals(asked.focus())) {
                focusTerm = t;
            } else if (asked.want() == Want.POLARITY && opposite(t, sentence) >= 0) {
                held += t.weight(); // "turned down" answers "did he accept?": with a no
                anchors.add(opposite(t, sentence));
                opposed = true;
            }
        }
        double names = names(asked, sentence, title, setting, anchors);
        List<Span> found = phrases(asked, sentence);
        if (asked.want() == Want.PERSON || asked.focus() != null && plural(asked.focus())) {
            found = Spans.lists(sentence, found); // "Peter Baker and Maggie Haberman"
        }
        if (asked.want() == Want.NUMBER) {
            found = found.stream().map(s -> counts(asked, sentence, s) ? new Span(s.from(), s.to(), 3) : s).toList();
        }
        if (asked.voice() != Asked.Voice.NONE && verbAt >= 0) {
            int verb = verbAt;
            found = found.stream().filter(s -> onDoersSide(asked, sentence, s, verb)).toList();
        }
        // the question's own names ("The New York Times" for "the Times report") anchor nothing inside them
        for (Span s : found) {
            if (alreadyAsked(sentence.span(s.from(), s.to()), asked)) {
                anchors.removeIf(a -> a >= s.from() && a <= s.to());
            }
        }
        List<String> phrases = new ArrayList<>();
        String anchored = null;
        int anchoredStrength = 0;
        int best = Integer.MIN_VALUE;
        for (Span s : found) {
            String text = sentence.span(s.from(), s.to());
            if (alreadyAsked(text, asked)) {
                continue;
            }
            phrases.add(text);
            if (focusTerm != null && s.strength() >= 2) {
                held += focusTerm.weight(); // "The New York Times" is the newspaper the question names
                focusTerm = null;
            }
            if (s.strength() == 0) {
                continue; // a mere description ("a worker") is quoted, never stated as the answer
            }
            if (s.strength() == 3) {
                anchors.add(s.from()); // the number counts what is asked: it answers wherever it stands
            }
            for (int a : anchors) {
                int d = s.distanceTo(a);
                // the surest kind first, then the nearest, then the longest (a whole list)
                int score = s.strength() * 1000 - d * 10 + Math.min(9, s.to() - s.from());
                boolean near = d <= 4 || d <= CLAUSE_DISTANCE && sameClause(sentence, s, a);
                if ((d > 0 || s.strength() == 3) && near && score > best) {
                    best = score;
                    anchored = text;
                    anchoredStrength = s.strength();
                }
            }
        }
        boolean explains = switch (asked.want()) {
            case CAUSE -> CAUSE.matcher(sentence.text()).find();
            case MANNER -> MANNER.matcher(sentence.text()).find() || CAUSE.matcher(sentence.text()).find();
            default -> true;
        };
        boolean tenseClash = asked.tense() == Asked.Tense.PAST && FUTURE.matcher(sentence.text()).find()
                || asked.tense() == Asked.Tense.FUTURE && !FUTURE.matcher(sentence.text()).find();
        boolean roleHeld = !asked.byRole() || holdsFocus(asked, sentence);
        // a question of names alone ("who is Sergey Kislyak?") is held by its names; one of no words at all is held by none
        double coverage = total > 0 ? held / total : asked.names().isEmpty() && asked.subject() == null ? 0 : 1;
        return new Assessment(coverage, verbs, names, phrases, anchored, anchoredStrength, explains,
                tenseClash, roleHeld, opposed);
    }

    /** Where the sentence says the opposite of a verb or adjective of the question, by WordNet ("reject" for "accept"); -1 nowhere. */
    private int opposite(Term t, Reading sentence) {
        if (!t.predicate() && t.pos() != Lexicon.Pos.ADJECTIVE) {
            return -1;
        }
        for (String base : lexicon.baseForms(t.word(), t.pos())) {
            for (String antonym : lexicon.antonyms(base, t.pos())) {
                List<Integer> at = sentence.find(new Term(antonym, t.pos(), lexicon.related(antonym, t.pos()), t.weight(), false));
                for (int i : at) {
                    // "declined to comment" says no to commenting, not to what was asked
                    boolean infinitive = i + 2 < sentence.size() && sentence.token(i + 1).text().equalsIgnoreCase("to")
                            && sentence.token(i + 2).tag().equals("VERB");
                    if (!infinitive) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether the sentence itself holds the role a "who is the X" question names (a "vice president" is no president). */
    private boolean holdsFocus(Asked asked, Reading sentence) {
        Set<String> forms = new java.util.LinkedHashSet<>();
        for (String base : lexicon.baseForms(asked.focus(), Lexicon.Pos.NOUN)) {
            forms.addAll(lexicon.related(base, Lexicon.Pos.NOUN));
        }
        Term focus = new Term(asked.focus(), Lexicon.Pos.NOUN, forms, 1, false);
        return !sentence.find(focus).isEmpty();
    }

    /**
     * The share of the question's names the sentence (or the story's title) holds, a name only its
     * paragraph holds counting half ("The President" may be the paragraph's "President Trump");
     * where they stand in the sentence joins {@code anchors}.
     */
    private static double names(Asked asked, Reading sentence, String title, Setting setting, List<Integer> anchors) {
        if (asked.names().isEmpty()) {
            return 1;
        }
        Set<String> words = sentence.lowerWords();
        String titleWords = title == null ? "" : " " + WordForms.fold(title).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        int namesFound = 0;
        for (String name : asked.names()) {
            String n = WordForms.fold(name);
            boolean found = words.contains(n) || titleWords.contains(" " + n + " ");
            for (int i = 0; i < sentence.size(); i++) {
                String w = WordForms.fold(sentence.token(i).text());
                if (w.equals(n) || w.startsWith(n) && n.length() >= WordForms.FUZZY_LENGTH) {
                    anchors.add(i);
                    found = true;
                }
            }
            namesFound += found ? 2 : setting != null && setting.holdsWord(n) ? 1 : 0;
        }
        return namesFound / (2.0 * asked.names().size());
    }

    /**
     * Whether a person the sentence names stands where the doer (or, for "who was fired?", the one
     * it was done to) of the question's verb stands: before an active verb, after a passive one's
     * "by"; for a passive question the other way round.
     */
    private static boolean onDoersSide(Asked asked, Reading r, Span s, int verb) {
        boolean passive = false;
        for (int i = Math.max(0, verb - 2); i < verb; i++) {
            passive |= r.token(i).text().toLowerCase(Locale.ROOT).matches("is|are|was|were|be|been|being|got|gets|get");
        }
        boolean before = s.to() < verb;
        boolean agent = !before && byBetween(r, verb, s.from()); // "developed in 1698 by Thomas Savery"
        if (asked.voice() == Asked.Voice.PASSIVE) {
            return passive ? before : !before && !agent;
        }
        return passive || agent ? agent : before;
    }

    private static boolean byBetween(Reading r, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (r.token(i).text().equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number counts what the question asks about: "55 people" for "how many people", "£20 million" for "how much money". */
    private boolean counts(Asked asked, Reading r, Span s) {
        for (Term t : asked.terms()) {
            if (r.find(t).stream().anyMatch(i -> i >= s.from() && i <= s.to())) {
                return true;
            }
            if (lexicon.isA(t.word(), "money") && r.span(s.from(), s.to()).matches(".*[$£€¥].*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether no verb stands between the span and the token: they are likely of one clause. */
    private static boolean sameClause(Reading r, Span s, int token) {
        int from = token < s.from() ? token + 1 : s.to() + 1;
        int to = token < s.from() ? s.from() - 1 : token - 1;
        for (int i = from; i <= to; i++) {
            String tag = r.token(i).tag();
            if (tag.equals("VERB") || tag.equals("AUX") || r.token(i).text().matches("[;:—–]|--")) {
                return false;
            }
        }
        return true;
    }

    private boolean plural(String noun) {
        return noun.endsWith("s") && !lexicon.baseForms(noun, Lexicon.Pos.NOUN).contains(noun);
    }

    private List<Span> phrases(Asked asked, Reading r) {
        return switch (asked.want()) {
            // "who is the prosecutor": the question gives the description, the answer must name someone
            case PERSON -> spans.people(r).stream().filter(s -> asked.focus() == null || s.strength() > 0).toList();
            case PLACE -> spans.places(r);
            case TIME -> spans.times(r);
            case NUMBER -> spans.numbers(r);
            case NAMED -> named(asked, r);
            case ROLE -> roles(asked, r);
            default -> List.of();
        };
    }

    /**
     * For "which X" and "the name of X": names, preferring those WordNet files under X where it knows
     * them; and noun phrases whose head is a kind of X ("esophageal cancer" for "what kind of cancer").
     */
    private List<Span> named(Asked asked, Reading r) {
        List<Span> out = new ArrayList<>();
        String focus = asked.focus();
        boolean anyName = focus == null || focus.startsWith("name");
        for (Span s : spans.names(r)) {
            String name = r.span(s.from(), s.to()).replaceFirst("^The ", "");
            boolean known = s.from() == s.to() ? !lexicon.nameKinds(name).isEmpty() : lexicon.knows(name, Lexicon.Pos.NOUN);
            if (anyName) {
                out.add(s);
            } else if (!known) {
                // a name WordNet does not know is stated as the newspaper asked for only when it means one
                out.add(new Span(s.from(), s.to(), likeKind(name, focus) ? 2 : 1));
            } else if (lexicon.isA(name, focus)) {
                out.add(new Span(s.from(), s.to(), 2)); // WordNet knows the name as one of the kind asked for
            }
        }
        if (focus != null && !focus.startsWith("name")) {
            for (int i = 0; i < r.size(); i++) {
                Tagger.Token t = r.token(i);
                String w = t.text().toLowerCase(Locale.ROOT);
                boolean head = i + 1 == r.size() || !r.token(i + 1).tag().equals("NOUN");
                if (t.tag().equals("NOUN") && head && !r.capitalised(i) && (lexicon.isA(w, focus) || w.equals(focus))) {
                    int from = Spans.modifiersBefore(r, i);
                    boolean classified = false; // by a noun or a relational adjective: "colon cancer", "esophageal cancer"
                    for (int m = from; m < i; m++) {
                        classified |= r.token(m).tag().equals("NOUN")
                                || r.token(m).tag().equals("ADJ") && lexicon.isRelational(r.token(m).text());
                    }
                    // "typhus" for "what illness", "esophageal cancer" for "what kind of cancer"; not "the two publications"
                    if (!w.equals(focus) || classified) {
                        while (from < i && !(r.token(from).tag().equals("NOUN")
                                || r.token(from).tag().equals("ADJ") && lexicon.isRelational(r.token(from).text()))) {
                            from++;
                        }
                        out.add(new Span(from, i, w.equals(focus) ? 3 : 2));
                    }
                }
            }
        }
        return out;
    }

    private boolean likeKind(String name, String kind) {
        if (embedder == null) {
            return false;
        }
        float[] k = Vectors.normalized(embedder.embedQuery(kind));
        return Vectors.dot(k, Vectors.normalized(embedder.embedQuery(name))) >= KIND_SIMILARITY;
    }

    /**
     * A role of the question's subject as the sentence gives it: a title before the name
     * ("Iranian foreign minister Mohammad Javad Zarif") or an apposition after it ("Sarah Huckabee
     * Sanders, an official spokeswoman for the White House,").
     */
    private List<Span> roles(Asked asked, Reading r) {
        List<Span> out = new ArrayList<>();
        String[] subject = asked.subject().split("\\s+");
        String last = WordForms.fold(subject[subject.length - 1]).replaceAll("'s$", "");
        for (int i = 0; i < r.size(); i++) {
            if (!WordForms.fold(r.token(i).text()).equals(last)) {
                continue;
            }
            int first = i;
            while (first > 0 && r.capitalised(first - 1) && r.token(first - 1).isProperNoun()) {
                first--;
            }
            int head = first - 1;
            if (head >= 0 && r.token(head).tag().equals("NOUN") && personNoun(r.token(head).text())
                    && !(QuestionReader.OCCUPATION.equals(asked.focus()) && notAJob(r.token(head).text()))) {
                out.add(new Span(Spans.modifiersBefore(r, head), head));
            }
            if (i + 2 < r.size() && r.token(i + 1).text().equals(",") && r.token(i + 2).tag().equals("DET")) {
                int end = i + 2;
                while (end + 1 < r.size() && !r.token(end + 1).text().matches("[,.;:—–]|--")) {
                    end++;
                }
                if (end - (i + 2) <= 12) {
                    out.add(new Span(i + 2, end));
                }
            }
        }
        return out;
    }

    /** "resident", "mother", "neighbour": what someone is, not what they do. */
    private boolean notAJob(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return lexicon.isA(n, "inhabitant") || lexicon.isA(n, "relative") || lexicon.isA(n, "neighbor");
    }

    private boolean personNoun(String noun) {
        return lexicon.kinds(noun.toLowerCase(Locale.ROOT)).contains(Lexicon.Kind.PERSON);
    }

    /**
     * Whether a phrase is what the question already says, and so cannot be its answer: every word
     * of it is in the question, or it shares a name with it ("The New York Times" for "who wrote
     * the Times report?").
     */
    private static boolean alreadyAsked(String phrase, Asked asked) {
        for (String name : asked.names()) {
            String n = WordForms.fold(name);
            if (!n.chars().allMatch(Character::isDigit)
                    && List.of(WordForms.fold(phrase).split("[^\\p{L}\\p{N}]+")).contains(n)) {
                return true;
            }
        }
        List<String> question = List.of(WordForms.fold(asked.text()).split("[^\\p{L}\\p{N}]+"));
        int content = 0;
        int held = 0;
        for (String w : WordForms.fold(phrase).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || w.length() <= 2 && !w.chars().allMatch(Character::isDigit) || w.equals("the")) {
                continue;
            }
            content++;
            String stem = w.length() >= WordForms.FUZZY_LENGTH ? WordForms.stem(w) : w;
            if (question.stream().anyMatch(q -> q.equals(w) || q.length() >= WordForms.FUZZY_LENGTH && q.startsWith(stem))) {
                held++;
            }
        }
        return content == 0 || held == content;
    }
}
