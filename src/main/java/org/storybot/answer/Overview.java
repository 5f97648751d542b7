package org.storybot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Requests for the gist of a story rather than for one fact: "What is this story about?", "what
 * happened?", "tl;dr", "sum it up". The whole question must be such a request: "What happened to
 * Theia after she was found?" asks a fact.
 */
public final class Overview {

    private static final String STORY = "(?:story|article|piece|report|news|item|thing|text|this|it|that)";
    private static final Pattern REQUEST = Pattern.compile("^(?:(?:so|ok|okay|hey|please|and)[, ]+)?(?:"
            + "what(?:'s| is| was)(?: (?:this|the|that))? " + STORY + "(?: all)? about"
            + "|what(?:'s| is) (?:going on|the (?:story|gist|point|deal|news|upshot))(?: here| in (?:this|the) " + STORY + ")?"
            + "|what happened(?: here| in (?:this|the) " + STORY + ")?"
            + "|(?:can|could|would) you (?:please )?(?:sum (?:up )?(?:this|it|that|the)?(?: " + STORY + ")?(?: up)?"
            + "|summari[sz]e(?: (?:this|it|that|the))?(?: " + STORY + ")?|give me the gist(?: of (?:this|it|the " + STORY + "))?)"
            + "|sum (?:it|this|that|things)(?: " + STORY + ")? up|sum up(?: (?:this|the) " + STORY + ")?"
            + "|summari[sz]e(?: (?:this|it|that|the))?(?: " + STORY + ")?|(?:give me )?(?:the )?(?:gist|tl;? ?dr|tldr|summary)"
            + "(?: of (?:this|it|the " + STORY + "))?|in (?:short|brief|a nutshell)"
            + ")(?: please)?[?.!\\s]*$");

    private Overview() {
    }

    /** Whether {@code question} asks for the gist of the story in talk. */
    public static boolean isRequest(String question) {
        String q = question.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        return REQUEST.matcher(q).matches();
    }
}
