package org.storybot.quote;

import java.util.List;
import java.util.Objects;
import org.storybot.answer.Citation;
import org.storybot.answer.PersonNames;

/**
 * What the quote check found for a quotation: the words in a story ({@link Exact}), a passage that
 * differs by a few words ({@link Close}), or nothing near enough ({@link NotFound}). Adapters decide
 * how each looks.
 */
public sealed interface QuoteVerdict {

    /** The label scripts read: "exact", "close" or "not_found". */
    String label();

    /** The paragraphs cited: the one holding the words, or the nearest ones. */
    List<Citation> citations();

    /** Whom the person asking named as the speaker; null when they named nobody. */
    String askedSpeaker();

    /** How the speaker the story gives compares with the one asked about. */
    enum SpeakerCheck {
        /** No speaker was asked about. */
        NOT_ASKED,
        /** The story attributes the words to the speaker asked about. */
        SAME,
        /** The story attributes the words to someone else. */
        OTHER,
        /** The story does not say who said them. */
        UNKNOWN;

        static SpeakerCheck of(String asked, String found) {
            if (asked == null) {
                return NOT_ASKED;
            }
            if (found == null) {
                return UNKNOWN;
            }
            return PersonNames.same(asked, found) ? SAME : OTHER;
        }
    }

    /**
     * The words are in a story: {@code quote} is its wording of them (a part of the cited
     * paragraph), {@code speaker} who it says spoke them (null when it does not say).
     */
    record Exact(String quote, String speaker, String askedSpeaker, Citation citation) implements QuoteVerdict {
        public Exact {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(citation, "citation");
        }

        @Override
        public String label() {
            return "exact";
        }

        @Override
        public List<Citation> citations() {
            return List.of(citation);
        }

        public SpeakerCheck speakerCheck() {
            return SpeakerCheck.of(askedSpeaker, speaker);
        }
    }

    /**
     * A passage differs from the quotation by a few words: {@code quote} is the story's real wording,
     * {@code differences} what differs, in order.
     */
    record Close(String quote, String speaker, String askedSpeaker, List<Difference> differences, Citation citation)
            implements QuoteVerdict {
        public Close {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(citation, "citation");
            differences = List.copyOf(differences);
            if (differences.isEmpty()) {
                throw new IllegalArgumentException("a close quotation differs somewhere");
            }
        }

        @Override
        public String label() {
            return "close";
        }

        @Override
        public List<Citation> citations() {
            return List.of(citation);
        }

        public SpeakerCheck speakerCheck() {
            return SpeakerCheck.of(askedSpeaker, speaker);
        }
    }

    /** No story holds the words or a passage near them; {@code nearest} are the passages nearest in meaning. */
    record NotFound(String askedSpeaker, List<Citation> nearest) implements QuoteVerdict {
        public NotFound {
            nearest = List.copyOf(nearest);
        }

        @Override
        public String label() {
            return "not_found";
        }

        @Override
        public List<Citation> citations() {
            return nearest;
        }
    }

    /**
     * One place where the story's words and the quotation's part: {@code story} is what the story
     * has there, {@code yours} what the quotation has (either empty, for a word added or dropped).
     */
    record Difference(String story, String yours) {
        public Difference {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(yours, "yours");
            if (story.isEmpty() && yours.isEmpty()) {
                throw new IllegalArgumentException("a difference has words on one side at least");
            }
        }

        /** As a reader is told it: "the story has 'X' where you wrote 'Y'". */
        public String described() {
            if (yours.isEmpty()) {
                return "the story has '" + story + "', which you left out";
            }
            if (story.isEmpty()) {
                return "you wrote '" + yours + "', which the story does not have";
            }
            return "the story has '" + story + "' where you wrote '" + yours + "'";
        }
    }
}
