package org.storybot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storybot.answer.PersonNames;
import org.storybot.answer.Tagger;
import org.storybot.story.Abbreviations;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.text.Lexicon;
import org.storybot.text.SpeechVerbs;
import org.storybot.text.WordForms;

/**
 * The names of people in one paragraph, each with the role written beside it: a title before the
 * name ("Attorney General Jeff Sessions", "former FBI director James Comey"), an apposition after it
 * ("Janet Reno, the then-Attorney General,"), or a "who" clause. A name is a run of one to three
 * capitalised nouns ({@link PersonNames#nameToken}); runs that name an organisation, a place or a
 * time (by WordNet, or by "the" before them: "the Justice Department") are left out.
 */
final class NameReader {

    /** The most words a name has once its titles are left out ("Sarah Huckabee Sanders"). */
    private static final int MAX_NAME_WORDS = 3;
    /** The most words of an apposition or a "who" clause taken as a role. */
    private static final int MAX_ROLE_WORDS = 12;
    /** The most words of a lower-case description before a name ("former FBI director"). */
    private static final int MAX_LEADING_ROLE_WORDS = 4;
    /** A word in capitals ("CNN", "NAACP"): an organisation's initials, not a person's name. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,}");
    /** Courtesy titles: they say a person is meant, but are no role. */
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms");

    private final Tagger tagger;
    private final Lexicon lexicon;
    private final PersonNames names;
    private final NameWords kinds;

    NameReader(Tagger tagger, Lexicon lexicon) {
        this.tagger = tagger;
        this.lexicon = lexicon;
        this.names = new PersonNames(lexicon);
        this.kinds = new NameWords(lexicon);
    }

    /** The names of paragraph {@code p}, in order; {@code firstGroup} numbers their "and" groups. */
    List<Mention> read(Paragraph p, int firstGroup) {
        List<Tagger.Token> t = NameRuns.forNames(tagger.tag(p.text()));
        List<Mention> found = new ArrayList<>();
        int group = firstGroup;
        int lastEnd = -10;
        String handed = null;
        int i = 0;
        while (i < t.size()) {
            if (!NameRuns.runToken(t, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < t.size() && NameRuns.runToken(t, end)) {
                end++;
            }
            boolean joined = lastEnd >= 0 && i == lastEnd + 2 && t.get(lastEnd + 1).text().equalsIgnoreCase("and");
            Mention m = mention(p, t, i, end - 1, joined ? group : ++group);
            if (m != null && m.role() == null && joined && handed != null) {
                m = m.withRole(handed); // "Justices Helen Varga and Samuel Ortiz": each is a justice
            }
            handed = m != null && m.kind() == Mention.RoleKind.TITLE && kinds.isPluralTitle(t.get(i).text()) ? m.role() : null;
            if (m != null) {
                found.add(m);
                lastEnd = end - 1;
            }
            i = end;
        }
        return shareSpeech(found);
    }

    /** Names joined by "and" share the evidence of the verb after the last ("Peter Baker and Maggie Haberman claimed"). */
    private static List<Mention> shareSpeech(List<Mention> found) {
        List<Mention> out = new ArrayList<>(found);
        for (int a = 0; a < out.size(); a++) {
            for (Mention b : found) {
                if (b.group() == out.get(a).group()) {
                    out.set(a, out.get(a).withEvidence(b.evidence() == Mention.Evidence.STRONG ? Mention.Evidence.WEAK : b.evidence()));
                }
            }
        }
        return out;
    }

    private Mention mention(Paragraph p, List<Tagger.Token> t, int from, int to, int group) {
        int start = from;
        boolean titled = false;
        for (int k = from; k < to; k++) {
            String word = t.get(k).text();
            if (names.title(word) && !lexicon.nameKinds(word).contains(Lexicon.Kind.PERSON)) { // "James" is a name first
                start = k + 1;
                titled |= Abbreviations.isTitle(word) || t.get(k).isNoun();
                if (Abbreviations.isTitle(word)) {
                    break; // "Sen. Ted Cruz": the name follows an abbreviated title at once
                }
            }
        }
        if (!titled) {
            start = from; // "White House": a capitalised adjective that can name people is no title
        }
        if (start > to || to - start + 1 > MAX_NAME_WORDS) {
            return null; // a title alone ("the President") is read as a reference back, a long run is a headline
        }
        List<String> words = new ArrayList<>();
        for (int k = start; k <= to; k++) {
            words.add(t.get(k).text().replaceAll("['’]s$", ""));
        }
        boolean ofPlace = start > 0 && t.get(start - 1).text().equals("of") && lexicon.nameKinds(words.get(0)).contains(Lexicon.Kind.PLACE);
        if (words.size() == MAX_NAME_WORDS && words.get(0).matches("\\p{L}{2,}") && (kinds.common(words.get(0)) || ofPlace)
                && !kinds.common(words.get(2)) && !lexicon.nameKinds(words.get(0)).contains(Lexicon.Kind.PERSON)) {
            words.remove(0); // "Defense Ann Lee", "District of Ohio Lena Varick": the department, the place go with the role
            from = ofPlace ? start + 1 : from; // a place is no title
            start++;
        }
        if (words.size() > 1 && kinds.time(words.get(words.size() - 1))) {
            words.remove(words.size() - 1); // "Morag Lindqvist Thursday"
        }
        String role = join(t, from, start);
        if (role != null && from >= 2 && t.get(from - 1).text().equals("of") && Character.isUpperCase(t.get(from - 2).text().codePointAt(0))
                && names.title(t.get(from - 2).text())) {
            role = join(t, from - 2, start); // "Secretary of State Marion Blake": the title begins before "of"
        }
        int roleFrom = from;
        if (role == null) {
            roleFrom = leadingDescription(t, from);
            role = join(t, roleFrom, from);
        }
        role = role == null ? null : kinds.singularTitle(role);
        boolean honorific = role != null && HONORIFICS.contains(role.toLowerCase(Locale.ROOT));
        if (!isName(t, from, words, titled)) { // "the former director Ann Lee": the article is the description's
            return null;
        }
        Mention.RoleKind kind = role == null || honorific ? Mention.RoleKind.NONE : Mention.RoleKind.TITLE;
        Mention.Evidence evidence = titled || roleFrom < from ? Mention.Evidence.STRONG : Mention.Evidence.NONE;
        if (role == null) {
            String after = apposition(t, to + 1);
            if (after != null) {
                role = after;
                kind = after.startsWith("who ") ? Mention.RoleKind.WHO : Mention.RoleKind.APPOSITION;
                evidence = Mention.Evidence.STRONG;
            }
        }
        String last = words.get(words.size() - 1);
        boolean spoke = (words.size() == 1 || !kinds.common(last))
                && (speaks(t, to + 1) || roleFrom > 0 && SpeechVerbs.BEFORE_A_ROLE.contains(t.get(roleFrom - 1).text().toLowerCase(Locale.ROOT)));
        boolean named = words.size() > 1 && (kinds.givenName(words.get(0)) || !kinds.common(last))
                || lexicon.nameKinds(String.join(" ", words)).contains(Lexicon.Kind.PERSON);
        if (evidence == Mention.Evidence.NONE && (spoke || named)) {
            evidence = Mention.Evidence.WEAK; // "Lindqvist said", "Tomas Ferreira", "Lincoln" (a name WordNet knows)
        }
        int position = t.get(start).start();
        return new Mention(words, honorific ? null : role, kind, evidence, p.number(), sentenceAt(p, position), position, group);
    }

    /** Whether the words are a name of a person at all: not after "the", not a place, a group or a time, not a plain word alone. */
    private boolean isName(List<Tagger.Token> t, int from, List<String> words, boolean titled) {
        boolean plainTitle = titled && !Abbreviations.isTitle(t.get(from).text()) && words.stream().allMatch(kinds::common);
        if ((!titled || plainTitle) && from > 0 && (t.get(from - 1).tag().equals("DET") && !t.get(from - 1).text().matches("(?i)this|that")
                || t.get(from - 1).text().matches("(?i)his|her|its|their|our|my|your|['’][sS]"))) {
            return false; // "the Justice Department", "his Justice Department", "the mayor's Justice Department", "the Refugee Assistance Project"
        }
        if (!titled && from > 0 && WordForms.isOrdinal(t.get(from - 1).text())) {
            return false; // "the 9th Circuit"
        }
        if (words.stream().anyMatch(w -> INITIALS.matcher(w).matches())) {
            return false; // "CNN", "NAACP"
        }
        String last = words.get(words.size() - 1);
        Set<Lexicon.Kind> firstKinds = lexicon.nameKinds(words.get(0));
        if (words.size() == 2 && names.title(last) && !firstKinds.contains(Lexicon.Kind.PERSON)
                && (firstKinds.contains(Lexicon.Kind.PLACE) || firstKinds.contains(Lexicon.Kind.GROUP))) {
            return false; // "U.S. Attorney": a place's title with no name after it
        }
        boolean givenName = words.size() > 1 && kinds.givenName(words.get(0));
        if (kinds.thing(last) && (words.size() == 1 || !titled) || kinds.plural(last) && (words.size() == 1 || !givenName && kinds.kindOfPeople(last))) {
            return false; // "Duke University", "Veterans Affairs", "Senate Democrats"
        }
        for (int k = from; k < t.size() && !titled; k++) {
            if (words.contains(t.get(k).text()) && t.get(k).tag().equals("ADJ") && lexicon.knows(t.get(k).text(), Lexicon.Pos.ADJECTIVE)) {
                return false; // "Legal Counsel": a name is no adjective
            }
            if (t.get(k).text().equals(last)) {
                break;
            }
        }
        if (words.size() > 1 && !titled && kinds.common(words.get(words.size() - 1)) && lexicon.nameKinds(words.get(0)).contains(Lexicon.Kind.PLACE)) {
            return false; // "Capitol Hill", "Washington Post"; not "Al Franken"
        }
        for (int a = 0; a < words.size(); a++) {
            for (int b = a + (words.size() > 1 ? 2 : 1); b <= words.size(); b++) { // "Reno" alone is a place, "Janet Reno" not
                Set<Lexicon.Kind> of = lexicon.nameKinds(String.join(" ", words.subList(a, b)));
                if (of.contains(Lexicon.Kind.GROUP) || of.contains(Lexicon.Kind.PLACE) || of.contains(Lexicon.Kind.TIME)) {
                    return false; // "Russia", "New York Times", "FBI", "March"
                }
            }
        }
        if (words.size() == 1) {
            String lower = words.get(0).toLowerCase(Locale.ROOT);
            Set<Lexicon.Kind> of = lexicon.plainKinds(lower);
            return !(of.contains(Lexicon.Kind.PERSON) || of.contains(Lexicon.Kind.GROUP) || of.contains(Lexicon.Kind.TIME)
                    || Abbreviations.isClosedClass(lower)); // "Officials", "Democrats", "Monday", "Deputy U.S. Attorney"
        }
        return true;
    }

    /** Where a lower-case description before a name starts ("former FBI director" before "James Comey"); {@code at} when none. */
    private int leadingDescription(List<Tagger.Token> t, int at) {
        if (at == 0 || !kinds.personNoun(t.get(at - 1)) || !Character.isLowerCase(t.get(at - 1).text().codePointAt(0))) {
            return at;
        }
        int k = at - 1;
        while (k > 0 && at - k < MAX_LEADING_ROLE_WORDS && t.get(k - 1).isWord()
                && (t.get(k - 1).isNoun() || t.get(k - 1).tag().equals("ADJ")) && !speech(t.get(k - 1))) { // "Blake told host Owen Pryce": the description starts after the verb
            k--;
        }
        return k;
    }

    /** ", the then-Attorney General," or ", who ...": the words after the comma, without a leading article; null when none. */
    private String apposition(List<Tagger.Token> t, int at) {
        if (at + 1 >= t.size() || !t.get(at).text().equals(",")) {
            return null;
        }
        if (t.get(at + 1).tag().equals("CCONJ")) {
            return null; // ", and occasional stand-in for ..." goes on with the sentence
        }
        boolean who = t.get(at + 1).text().equals("who");
        int first = at + 1;
        if (!who && t.get(first).tag().equals("DET") && t.get(first).text().matches("(?i)the|a|an")) {
            first++;
        }
        boolean person = false;
        int end = first;
        while (end < t.size() && end - first < MAX_ROLE_WORDS && !t.get(end).text().matches("[,;:.!?()\"“”]")) {
            Tagger.Token w = t.get(end);
            if (!who && (w.tag().equals("VERB") || w.tag().equals("AUX") || w.tag().equals("PRON") || w.tag().equals("CCONJ"))) {
                return null; // "Lindqvist, the mayor said," and "J. Tomas Ferreira, Ana B. Cruz and ..." are no appositions
            }
            person |= kinds.personNoun(w);
            end++;
        }
        if (end == first || end - first >= MAX_ROLE_WORDS || !(who || person)) {
            return null;
        }
        return join(t, first, end);
    }

    /** A speech verb after the name, past an adverb or two ("Sessions also said"). */
    private static boolean speaks(List<Tagger.Token> t, int at) {
        int k = at;
        while (k < t.size() && k < at + 2 && t.get(k).tag().equals("ADV")) {
            k++;
        }
        return k < t.size() && speech(t.get(k)) && !t.get(k).text().equalsIgnoreCase("according");
    }

    /** The judgements of a name's words, which the references back share. */
    NameWords kinds() {
        return kinds;
    }

    private static boolean speech(Tagger.Token token) {
        return SpeechVerbs.SPEAKING.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** The text of tokens [from, to) as the paragraph writes it; null when empty. */
    private static String join(List<Tagger.Token> t, int from, int to) {
        if (from >= to) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && t.get(k).start() > t.get(k - 1).end()) {
                s.append(' ');
            }
            s.append(t.get(k).text());
        }
        return s.toString();
    }

    private static int sentenceAt(Paragraph p, int position) {
        for (Sentence s : p.sentences()) {
            if (position < s.end()) {
                return s.index();
            }
        }
        return p.sentences().isEmpty() ? 1 : p.sentences().get(p.sentences().size() - 1).index();
    }
}
