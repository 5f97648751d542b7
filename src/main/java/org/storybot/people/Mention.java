package org.storybot.people;

import java.util.List;

/**
 * One place a story names someone: the name's words, the role written with it (if any) and how,
 * whether the words themselves show a person is meant, and where it is.
 *
 * @param group mentions joined by "and" in one sentence share a group ("Peter Baker and Maggie Haberman")
 */
record Mention(List<String> words, String role, RoleKind kind, Evidence evidence, int paragraph, int sentence, int position,
        int group) {

    /** How a role was written: a title before the name, an apposition after it, a description that refers back, a "who" clause. */
    enum RoleKind { TITLE, APPOSITION, DESCRIPTION, WHO, NONE }

    /** How sure the words make it that a person is meant. */
    enum Evidence { NONE, WEAK, STRONG }

    Mention {
        words = List.copyOf(words);
    }

    String name() {
        return String.join(" ", words);
    }

    String last() {
        return words.get(words.size() - 1);
    }

    Mention withRole(String title) {
        return new Mention(words, title, RoleKind.TITLE, Evidence.STRONG, paragraph, sentence, position, group);
    }

    Mention withEvidence(Evidence more) {
        return more.compareTo(evidence) > 0 ? new Mention(words, role, kind, more, paragraph, sentence, position, group) : this;
    }
}
