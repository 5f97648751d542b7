package org.storybot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.Asked.Term;
import org.storybot.answer.Asked.Want;
import org.storybot.answer.Spans.Span;
import org.storybot.embedding.Embedder;
import org.storybot.text.WordForms;
import org.storybot.text.Lexicon;
import org.storybot.text.Words;

/**
 * How well one sentence supports an answer to a question: the share of the question's content
 * words it holds in some form (its setting, the paragraph and the story's title, counting for
 * less), whether it holds the question's verb, and the phrases in it of the kind the question
 * asks for, with the one that stands next to the question's own words (the part of the sentence
 * that answers it). A phrase is never one the question already says.
 */
final class Support {

    /** Phrases this many tokens or fewer from a word of the question answer it. */
    static final int ANCHOR_DISTANCE = 4;
    /** Or this many, in the same clause: no other verb stands between ("trapped during a collapse on August 6"). */
    static final int CLAUSE_DISTANCE = 8;
    /** A content word found only in the sentence's setting (paragraph, title, heading) counts this much. */
    static final double SETTING_SHARE = 0.5;

    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(because|due to|as a result|result(ed|s)? (in|from)|"
            + "so that|in order to|since|caused|causes|cause|led to|leads to|lead to|thanks to|owing to|reasons?|therefore|"
            + "so as to|in response|after|following|in the wake of|amid|blamed|citing|cited|out of|fear(ed|s)?|"
            + "to (avoid|prevent|protect|ensure|allow|help|earn|make|get|keep|stop|meet|convince|appeal|pay)|"
            + "wanted to|needs? to|needed to|had to|so)\\b");
    /** Words that plainly give a reason, where the weaker ones above may only tell what came first. */
    private static final Pattern REASON = Pattern.compile("(?i)\\b(because|due to|as a result|resulted from|so that|in order to|"
            + "since|caused by|thanks to|owing to|reasons?|in the wake of|blamed|attributable to|led to|fear(ed|s)?)\\b");
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

    private final Lexicon lexicon;
    private final Phrases phrases;

    Support(Lexicon lexicon, Embedder embedder) {
        this.lexicon = lexicon;
        this.phrases = new Phrases(lexicon, embedder);
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
        List<Span> found = phrases.of(asked, sentence, verbAt);
        // the question's own names ("The New York Times" for "the Times report") anchor nothing inside them
        for (Span s : found) {
            if (Phrases.alreadyAsked(sentence.span(s.from(), s.to()), asked)) {
                anchors.removeIf(a -> a >= s.from() && a <= s.to());
            }
        }
        List<String> phrases = new ArrayList<>();
        String anchored = null;
        int anchoredStrength = 0;
        int best = Integer.MIN_VALUE;
        for (Span s : found) {
            String text = sentence.span(s.from(), s.to());
            if (Phrases.alreadyAsked(text, asked)) {
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
                boolean near = d <= ANCHOR_DISTANCE || d <= CLAUSE_DISTANCE && sameClause(sentence, s, a);
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

    /** Looks up what WordNet says of the sentence's names and nouns, ahead of questions about it; returns its names. */
    List<String> warm(Reading sentence) {
        return phrases.warm(sentence);
    }

    /** Works out the meanings of names met in a story, in one go. */
    void warmNames(List<String> names) {
        phrases.warmNames(names);
    }

    /** Whether {@code sentence} plainly gives a reason ("because", "since his coalition lost its majority"). */
    static boolean givesReason(String sentence) {
        return REASON.matcher(sentence).find();
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
        String titleWords = title == null ? "" : " " + Words.key(WordForms.fold(title)) + " ";
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

}
