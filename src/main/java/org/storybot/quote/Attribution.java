package org.storybot.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storybot.answer.PersonNames;
import org.storybot.answer.Tagger;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.text.SpeechVerbs;

/**
 * Who a story says spoke the words at a place in a paragraph: the quotation marks around them, then
 * the attribution beside the quotation ({@code "...," Lindqvist said}, {@code said Lindqvist},
 * {@code Lindqvist told reporters: "..."}, {@code according to Lindqvist}); a quotation without one
 * keeps the speaker of the quotation it continues, in the paragraph or from the paragraph before;
 * "he" and "she" are the nearest person the paragraph, or the one before, names as its subject.
 */
final class Attribution {

    /** How many paragraphs back a continued quotation or a pronoun is followed. */
    private static final int PARAGRAPHS_BACK = 3;

    /** A speaker as written beside a speech verb: a name, or a pronoun still to resolve. */
    private record Said(String name, boolean pronoun) {
    }

    /** The span of one quotation's marks in a paragraph; {@code close} is -1 when the paragraph ends inside it. */
    private record Marks(int open, int close) {
        boolean holds(int position) {
            return open < position && (close < 0 || position < close);
        }
    }

    private final Tagger tagger;
    private final PersonNames speakers;

    Attribution(Tagger tagger, PersonNames speakers) {
        this.tagger = tagger;
        this.speakers = speakers;
    }

    /** Who speaks the words at {@code position} of paragraph {@code number}; null when they are no quotation or the story does not say. */
    String speaker(Story story, int number, int position) {
        List<Marks> marks = marks(story.paragraph(number).text());
        for (int i = 0; i < marks.size(); i++) {
            if (marks.get(i).holds(position)) {
                return speakerOf(story, number, i, 0);
            }
        }
        return null;
    }

    private String speakerOf(Story story, int number, int index, int depth) {
        Paragraph p = story.paragraph(number);
        List<Marks> marks = marks(p.text());
        List<Tagger.Token> tokens = tagger.tag(p.text());
        Marks q = marks.get(index);
        Said said = null;
        if (q.close >= 0) {
            int end = Math.min(index + 1 < marks.size() ? marks.get(index + 1).open : p.text().length(), sentenceEnd(p, q.close + 1));
            said = said(tokens, q.close + 1, end);
        }
        if (said == null) {
            said = said(tokens, Math.max(index > 0 ? marks.get(index - 1).close + 1 : 0, sentenceStart(p, q.open)), q.open);
        }
        if (said != null) {
            return said.pronoun() ? resolve(story, number, q.open, depth) : said.name();
        }
        if (index > 0) {
            return speakerOf(story, number, index - 1, depth); // "...," the senator said. "And then..."
        }
        if (p.text().substring(0, q.open).isBlank() && number > 1 && depth < PARAGRAPHS_BACK) {
            List<Marks> before = marks(story.paragraph(number - 1).text());
            if (!before.isEmpty()) {
                return speakerOf(story, number - 1, before.size() - 1, depth + 1); // a quotation over paragraphs
            }
        }
        for (int later = index + 1; later < marks.size(); later++) { // "A." "B," he said.
            if (marks.get(later).close >= 0) {
                Said next = said(tokens, marks.get(later).close + 1, sentenceEnd(p, marks.get(later).close + 1));
                if (next != null) {
                    return next.pronoun() ? resolve(story, number, q.open, depth) : next.name();
                }
            }
        }
        return null;
    }

    /** Whom a pronoun before {@code position} of paragraph {@code number} stands for: the last person named as a subject. */
    private String resolve(Story story, int number, int position, int depth) {
        Paragraph p = story.paragraph(number);
        List<Tagger.Token> tokens = tagger.tag(p.text());
        String found = null;
        for (Sentence s : p.sentences()) {
            if (s.start() >= position) {
                break;
            }
            Said actor = actor(tokens, s.start(), Math.min(s.end(), position));
            if (actor != null && !actor.pronoun()) {
                found = actor.name(); // a pronoun after a name stands for it
            }
        }
        if (found == null && number > 1 && depth < PARAGRAPHS_BACK) {
            return resolve(story, number - 1, Integer.MAX_VALUE, depth + 1);
        }
        return found;
    }

    /** Who a sentence's part [from, to) has speak, else who is its subject (a name or pronoun leading it). */
    private Said actor(List<Tagger.Token> tokens, int from, int to) {
        Said said = said(tokens, from, to);
        if (said != null) {
            return said;
        }
        List<Tagger.Token> part = within(tokens, from, to);
        int i = 0;
        while (i < part.size() && !part.get(i).isWord()) {
            i++;
        }
        if (i >= part.size()) {
            return null;
        }
        if (PersonNames.PRONOUNS.contains(part.get(i).text().toLowerCase(Locale.ROOT))) {
            return new Said(null, true);
        }
        int end = i;
        while (end < part.size() && PersonNames.nameToken(part, end)) {
            end++;
        }
        String name = end > i ? speakers.name(part, i, end - 1) : null;
        return name == null ? null : new Said(name, false);
    }

    /** The speaker a speech verb in [from, to) names, before it or after it; null when there is none. */
    private Said said(List<Tagger.Token> all, int from, int to) {
        List<Tagger.Token> t = within(all, from, to);
        for (int v = 0; v < t.size(); v++) {
            String verb = t.get(v).text().toLowerCase(Locale.ROOT);
            if (!SpeechVerbs.SPEAKING.contains(verb)) {
                continue;
            }
            if (verb.equals("according")) {
                if (v + 1 < t.size() && t.get(v + 1).text().equalsIgnoreCase("to")) {
                    Said after = after(t, v + 2);
                    if (after != null) {
                        return after;
                    }
                }
                continue;
            }
            int k = v - 1;
            while (k >= 0 && k >= v - 2 && t.get(k).tag().equals("ADV")) {
                k--; // "Smith also said", "he later told"
            }
            if (k >= 0 && PersonNames.PRONOUNS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return new Said(null, true);
            }
            if (k >= 0 && PersonNames.nameToken(t, k)) {
                int start = k;
                while (start > 0 && PersonNames.nameToken(t, start - 1)) {
                    start--;
                }
                String name = speakers.name(t, start, k);
                if (name != null) {
                    return new Said(name, false);
                }
            }
            Said after = after(t, v + 1);
            if (after != null) {
                return after;
            }
        }
        return null;
    }

    /** A pronoun or a name starting at token {@code i} (after capitalised descriptions: "Democratic Sen. Patrick Leahy"). */
    private Said after(List<Tagger.Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        if (PersonNames.PRONOUNS.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            return new Said(null, true);
        }
        int start = i;
        while (start < t.size() && start < i + 2 && t.get(start).tag().equals("ADJ")
                && Character.isUpperCase(t.get(start).text().codePointAt(0))) {
            start++;
        }
        int end = start;
        while (end < t.size() && PersonNames.nameToken(t, end)) {
            end++;
        }
        String name = end > start ? speakers.name(t, start, end - 1) : null;
        return name == null ? null : new Said(name, false);
    }

    /** The fullest form of {@code name} the story gives ("Morag Lindqvist" for "Lindqvist"); {@code name} when none is fuller. */
    String fullName(Story story, String name) {
        for (Paragraph p : story.paragraphs()) {
            List<Tagger.Token> tokens = tagger.tag(p.text());
            int i = 0;
            while (i < tokens.size()) {
                int end = i;
                while (end < tokens.size() && PersonNames.nameToken(tokens, end)) {
                    end++;
                }
                if (end > i) {
                    String full = speakers.name(tokens, i, end - 1);
                    if (full != null && full.length() > name.length() && full.endsWith(" " + name)) {
                        return full;
                    }
                }
                i = end + 1;
            }
        }
        return name;
    }

    private static List<Tagger.Token> within(List<Tagger.Token> tokens, int from, int to) {
        List<Tagger.Token> part = new ArrayList<>();
        for (Tagger.Token t : tokens) {
            if (t.start() >= from && t.end() <= to) {
                part.add(t);
            }
        }
        return part;
    }

    /** The quotation marks of a paragraph, paired: curly ones by their shape, straight ones in turn. */
    static List<Marks> marks(String text) {
        List<Marks> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"')) {
                marks.add(new Marks(open, i));
                open = -1;
            }
        }
        if (open >= 0) {
            marks.add(new Marks(open, -1));
        }
        return marks;
    }

    private static int sentenceEnd(Paragraph p, int position) {
        for (Sentence s : p.sentences()) {
            if (s.end() > position) {
                return s.end();
            }
        }
        return p.text().length();
    }

    private static int sentenceStart(Paragraph p, int position) {
        int start = 0;
        for (Sentence s : p.sentences()) {
            if (s.start() <= position) {
                start = s.start();
            }
        }
        return start;
    }
}
