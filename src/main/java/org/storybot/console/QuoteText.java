package org.storybot.console;

import java.util.Locale;
import org.storybot.answer.Citation;
import org.storybot.quote.QuoteVerdict;
import org.storybot.quote.QuoteWording;

/** How a quote check looks on a terminal (the console's /quote and {@code storybot quote}): the verdict, then its sources. */
public final class QuoteText {

    private QuoteText() {
    }

    public static String of(QuoteVerdict verdict) {
        StringBuilder out = new StringBuilder(QuoteWording.of(verdict));
        if (!verdict.citations().isEmpty()) {
            out.append("\n\n").append(verdict instanceof QuoteVerdict.NotFound ? "What the stories do say nearby:" : "Source:");
            for (Citation c : verdict.citations()) {
                out.append(String.format(Locale.ROOT, "%n[%d] %s (%s), %s%n    %s", c.marker(), c.storyTitle(), c.storyId(),
                        c.place(), verdict instanceof QuoteVerdict.NotFound ? "“" + c.quote() + "”" : c.paragraphText()));
            }
        }
        return out.toString();
    }
}
