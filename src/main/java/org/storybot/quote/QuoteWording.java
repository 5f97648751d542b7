package org.storybot.quote;

import java.util.stream.Collectors;
import org.storybot.answer.Citation;

/** A quote check's verdict in words, as every front end says it (each adds its own markup and sources). */
public final class QuoteWording {

    private QuoteWording() {
    }

    /** The verdict, where the words are and who said them: plain text, with the citation marker [1]. */
    public static String of(QuoteVerdict verdict) {
        if (verdict instanceof QuoteVerdict.Exact e) {
            return "Yes: these words are in " + place(e.citation()) + ": “" + e.quote() + "”. "
                    + speaker(e.speaker(), e.speakerCheck(), e.askedSpeaker());
        }
        if (verdict instanceof QuoteVerdict.Close c) {
            return "Not word for word: the nearest passage, in " + place(c.citation()) + ", reads “" + c.quote() + "”; "
                    + c.differences().stream().map(QuoteVerdict.Difference::described).collect(Collectors.joining("; "))
                    + ". " + speaker(c.speaker(), c.speakerCheck(), c.askedSpeaker());
        }
        QuoteVerdict.NotFound n = (QuoteVerdict.NotFound) verdict;
        return "No: the stories do not have these words, nor a passage close to them."
                + (n.nearest().isEmpty() ? "" : " The passages nearest in meaning are listed below.");
    }

    private static String place(Citation c) {
        return "“" + c.storyTitle() + "”, " + c.place() + " [" + c.marker() + "]";
    }

    private static String speaker(String speaker, QuoteVerdict.SpeakerCheck check, String asked) {
        return switch (check) {
            case NOT_ASKED -> speaker == null ? "The story does not say who said them." : "The story has " + speaker + " say them.";
            case SAME -> "The story has " + speaker + " say them, as you said.";
            case OTHER -> "The stories have these words, but from " + speaker + ", not " + asked + ".";
            case UNKNOWN -> "The story does not say who said them, so not whether " + asked + " did.";
        };
    }
}
