package org.storybot.retrieval;

/** The words of the stories a question was asked about: does any of them mention this word? */
@FunctionalInterface
public interface Vocabulary {

    boolean mentions(String word);
}
