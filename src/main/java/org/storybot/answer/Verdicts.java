package org.storybot.answer;

import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.answer.Asked.Want;
import org.storybot.answer.OfflineComposer.Candidate;
import org.storybot.store.StoredParagraph;
import org.storybot.text.Lexicon;
import org.storybot.text.Words;

/**
 * Decides, for the offline composer, whether the best sentences answer a question, and what short
 * answer leads. Each rule that abstains has its own reason: the question's names are nowhere in
 * the stories, or not where the answer would be; the sentence negates, reverses or renumbers what
 * is asked; it is not close enough in meaning; it does not hold enough of the question's words in
 * any form; it holds no phrase of the kind asked for (no name for who, no number for how many); it
 * gives no reason for a why. A short answer is stated only when a phrase of that kind stands next
 * to the question's own words; Yes or No only when the sentence plainly says so.
 */
final class Verdicts {

    /**
     * A question word and up to three more words, then an auxiliary, then a word that is not a
     * participle: "why did officials ...", "where is Bush giving ...", "how many people did China ...".
     */
    private static final Pattern INVERTED = Pattern.compile("(?i)^(?:why|how|when|where|who|whom|whose|what|which)\\b"
            + "(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}?\\s+(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|shall|"
            + "should|may|might|must)\\s+([\\p{L}\\p{N}'’-]+)");

    /** What the composer should do. */
    sealed interface Outcome {
        /** The sentences to quote; {@code disagree}: they are two stories' different answers, each shown with its story. */
        record Answer(List<Verdicts.Answer> answers, boolean disagree) implements Outcome {
        }

        record Abstain(String reason) implements Outcome {
        }
    }

    /**
     * One sentence to quote, with the short answer to lead with (or null) and the sentence after it
     * when that one gives the reason it leaves out (or null).
     */
    record Answer(Candidate candidate, ShortAnswer shortAnswer, Then then) {
        Answer(Candidate candidate, ShortAnswer shortAnswer) {
            this(candidate, shortAnswer, null);
        }
    }

    /** The sentence after a quoted one, in its paragraph or opening the next, that gives the reason. */
    record Then(StoredParagraph paragraph, String text) {
    }

    private final Lexicon lexicon;
    private final Polarity polarity;
    private final double minSupport;
    private final OfflineTuning tuning;

    Verdicts(Lexicon lexicon, double minSupport, OfflineTuning tuning) {
        this.lexicon = lexicon;
        this.polarity = new Polarity();
        this.minSupport = minSupport;
        this.tuning = tuning;
    }

    /** Why the question cannot be answered at all: a name or number of it no story mentions. Null when all are mentioned. */
    static String unmentioned(List<String> names, Predicate<String> mentioned) {
        List<String> missing = names.stream().filter(w -> !mentioned.test(w)).distinct().toList();
        return missing.isEmpty() ? null : "The stories never mention " + quoted(missing) + ".";
    }

    Outcome decide(Asked asked, List<Candidate> candidates) {
        Candidate top = candidates.get(0);
        String reason = null;
        Answer chosen = null;
        // "which newspaper": a close sentence that names one beats a closer one that names none
        Answer direct = null;
        for (Candidate c : candidates) {
            if (c.rank() < top.rank() * tuning.close()) {
                break;
            }
            String problem = problem(asked, c);
            if (problem == null) {
                Answer answer = new Answer(c, shortAnswer(asked, c));
                chosen = chosen == null ? answer : chosen;
                if (asked.want() != Want.NAMED || c.support().anchoredStrength() >= 2) {
                    direct = answer;
                    break;
                }
            }
            reason = reason == null ? problem : reason;
        }
        chosen = direct != null ? direct : chosen;
        if (chosen == null) {
            return new Outcome.Abstain(reason);
        }
        Answer other = otherStory(asked, candidates, chosen);
        if (other != null) {
            return new Outcome.Answer(List.of(chosen, other), true);
        }
        if (asked.want() == Want.CAUSE && !Support.givesReason(chosen.candidate().reading().text())) {
            chosen = withReasonAfter(chosen);
        }
        Answer more = completion(asked, candidates, chosen);
        // the sentence that holds the answer's phrase leads, with it; the closer one follows
        return new Outcome.Answer(more == null ? List.of(chosen) : List.of(more, chosen), false);
    }

    /**
     * A why-question's sentence that tells the event but not its reason, with the sentence after it
     * when that one gives it: the next of its paragraph, or the first of the next paragraph after a
     * paragraph's last ("...to secure parliamentary approval." / "That may prove impossible, since
     * his coalition lost its majority").
     */
    private static Answer withReasonAfter(Answer chosen) {
        StoredParagraph p = chosen.candidate().paragraph();
        int index = chosen.candidate().hit().sentence().index();
        for (StoredParagraph.StoredSentence s : p.sentences()) {
            if (s.index() == index + 1) {
                return Support.givesReason(s.text()) ? new Answer(chosen.candidate(), chosen.shortAnswer(), new Then(p, s.text())) : chosen;
            }
        }
        StoredParagraph next = chosen.candidate().hit().paragraph().next();
        if (next != null && !next.sentences().isEmpty() && Support.givesReason(next.sentences().get(0).text())) {
            return new Answer(chosen.candidate(), chosen.shortAnswer(), new Then(next, next.sentences().get(0).text()));
        }
        return chosen;
    }

    /**
     * A second quote, only where it holds the part of the answer the first lacks: the first gives no
     * phrase of the kind asked for ("who": no name), a close one does, next to the question's words;
     * that one leads, with its phrase.
     */
    private Answer completion(Asked asked, List<Candidate> candidates, Answer chosen) {
        if (!asked.want().needsPhrase() || chosen.shortAnswer() != null) {
            return null;
        }
        for (Candidate c : candidates) {
            if (c.rank() < chosen.candidate().rank() * tuning.close()) {
                break;
            }
            if (c != chosen.candidate() && c.support().anchored() != null && problem(asked, c) == null
                    && !c.reading().text().equals(chosen.candidate().reading().text())) {
                return new Answer(c, shortAnswer(asked, c));
            }
        }
        return null;
    }

    /** Why {@code c} does not answer {@code asked}; null when it does. */
    private String problem(Asked asked, Candidate c) {
        StoredParagraph p = c.paragraph();
        String setting = p.storyTitle() + "\n" + (p.section() == null ? "" : p.section() + "\n") + p.text();
        WordMatcher matcher = new WordMatcher(setting);
        List<String> elsewhere = asked.names().stream().filter(n -> !matcher.mentions(n)).distinct().toList();
        if (!elsewhere.isEmpty()) {
            return "The stories mention " + quoted(elsewhere) + ", but not where they say anything that answers this.";
        }
        String sentence = c.reading().text();
        boolean yesNo = asked.want() == Want.POLARITY;
        if (!yesNo && (Contrasts.negationMismatch(asked.text(), sentence) || Contrasts.oppositeMismatch(asked.text(), sentence))
                || Contrasts.prefixNegationMismatch(asked.text(), sentence) || Contrasts.numberMismatch(asked.text(), sentence)) {
            return "The story does not say that; what it does say is below.";
        }
        if (c.dense() < minSupport) {
            return "Nothing in the stories answers this closely enough.";
        }
        Support.Assessment s = c.support();
        boolean unsupported = s.coverage() < tuning.minCoverage() && c.dense() < tuning.closeInMeaning()
                || yesNo && s.namesShare() < tuning.yesNoNames() // a yes or no is about someone the sentence names
                || asked.strict() && !s.hasPhrase() && c.dense() < tuning.sameInMeaning()
                || !s.roleHeld()
                || tuning.causeRequired() && !s.explains();
        return unsupported ? notSaid(asked) : null;
    }

    private ShortAnswer shortAnswer(Asked asked, Candidate c) {
        if (asked.want() == Want.POLARITY) {
            return switch (polarity.of(asked, c.reading(), c.support(), tuning)) {
                case YES -> new ShortAnswer("Yes", ShortAnswer.Kind.YES_NO);
                case NO -> new ShortAnswer("No", ShortAnswer.Kind.YES_NO);
                case UNSAID -> null;
            };
        }
        String phrase = c.support().anchored();
        if (!asked.want().needsPhrase() || phrase == null) {
            return null;
        }
        if (asked.want() == Want.NAMED && asked.focus() != null && !asked.focus().startsWith("name")
                && c.support().anchoredStrength() < 2 && lexicon.isAbstract(asked.focus())) {
            // "what term", "which technique": a name close by that is not known (nor seen) as one is rarely it, and
            // is only quoted; for "which publications" an unknown name ("Bild") mostly is one
            return null;
        }
        ShortAnswer.Kind kind = switch (asked.want()) {
            case PERSON -> ShortAnswer.Kind.PERSON;
            case PLACE -> ShortAnswer.Kind.PLACE;
            case TIME -> ShortAnswer.Kind.DATE;
            case NUMBER -> ShortAnswer.Kind.NUMBER;
            case ROLE -> ShortAnswer.Kind.ROLE;
            default -> ShortAnswer.Kind.NAME;
        };
        return new ShortAnswer(capitalise(phrase), kind);
    }

    /**
     * Another story's answer, nearly as good, with a different short answer: when two stories
     * disagree, the reader sees both, each cited.
     */
    private Answer otherStory(Asked asked, List<Candidate> candidates, Answer chosen) {
        if (chosen.shortAnswer() == null || chosen.shortAnswer().kind() == ShortAnswer.Kind.YES_NO
                || chosen.shortAnswer().kind() == ShortAnswer.Kind.ROLE) {
            return null; // two stories describe a person in their own words; that is no disagreement
        }
        String story = chosen.candidate().paragraph().storyId();
        for (Candidate c : candidates) {
            if (c.rank() < chosen.candidate().rank() * tuning.close()) {
                break;
            }
            if (c.paragraph().storyId().equals(story) || problem(asked, c) != null) {
                continue;
            }
            ShortAnswer other = shortAnswer(asked, c);
            if (other != null && !shareAWord(other.text(), chosen.shortAnswer().text())) {
                return new Answer(c, other);
            }
        }
        return null;
    }

    /**
     * Whether two short answers agree: numbers, where both give some, must share one ("51-48 vote",
     * "51-seat majority"; not "12 people", "15 people"); other answers, a word.
     */
    private static boolean shareAWord(String a, String b) {
        List<String> first = Words.runs(a.toLowerCase(Locale.ROOT));
        List<String> second = Words.runs(b.toLowerCase(Locale.ROOT));
        List<String> firstNumbers = first.stream().filter(w -> !w.isEmpty() && w.chars().allMatch(Character::isDigit)).toList();
        List<String> secondNumbers = second.stream().filter(w -> !w.isEmpty() && w.chars().allMatch(Character::isDigit)).toList();
        if (!firstNumbers.isEmpty() && !secondNumbers.isEmpty()) {
            return firstNumbers.stream().anyMatch(secondNumbers::contains);
        }
        return first.stream().anyMatch(w -> w.length() > 2 && !w.equals("the") && second.contains(w));
    }

    /**
     * "The stories do not say how many people were killed ...": the question, said back as what is
     * not there. A question whose verb comes before its subject ("why did officials call off the
     * search?") would read wrongly so ("do not say why did officials ..."), and is quoted instead.
     */
    static String notSaid(Asked asked) {
        // a follow-up's carried names, in brackets, are not the reader's words
        String q = asked.text().replaceAll("\\s*\\([^()]*\\)\\s*$", "").replaceAll("[?!.\\s]+$", "").strip();
        if (asked.want() == Want.POLARITY || asked.want() == Want.ANY || q.isEmpty()) {
            return "The stories do not say; what they do say nearby is below.";
        }
        if (inverted(q)) {
            return "The stories do not answer “" + Character.toUpperCase(q.charAt(0)) + q.substring(1) + "?”";
        }
        return "The stories do not say " + Character.toLowerCase(q.charAt(0)) + q.substring(1) + ".";
    }

    private static boolean inverted(String question) {
        Matcher m = INVERTED.matcher(question);
        if (!m.find()) {
            return false;
        }
        String next = m.group(1).toLowerCase(Locale.ROOT);
        // "who was arrested", "what is happening", "who has been charged": the verb follows, no subject between
        return !(next.equals("not") || next.endsWith("n't") || next.endsWith("ed") || next.endsWith("ing")
                || next.endsWith("en") || next.equals("been"));
    }

    private static String quoted(List<String> words) {
        return String.join(" or ", words.stream().map(w -> "“" + w + "”").toList());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
