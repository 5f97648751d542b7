package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.storybot.answer.Citation;
import org.storybot.app.Storybot;
import org.storybot.console.QuoteText;
import org.storybot.quote.QuoteVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "quote", description = {
    "Checks a quotation against the stories: exact (where, who said it), close (the real wording and what",
    "differs) or not found (with the nearest passages)."})
final class QuoteCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Who you think said it; checked against the story's attribution.")
    String speaker;

    @Option(names = "--json", description = "One JSON line.")
    boolean json;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The quotation (its words may be given as several arguments).")
    List<String> text;

    @Override
    public Integer call() {
        String quotation = String.join(" ", text).strip();
        if (quotation.isEmpty()) {
            throw new UserException("give the quotation to check");
        }
        Storybot storybot = root.storybot();
        QuoteVerdict verdict = storybot.assistant().quotes().check(quotation, speaker);
        spec.commandLine().getOut().println(json ? json(storybot.json(), verdict).toString() : QuoteText.of(verdict));
        return 0;
    }

    /** {@code {"verdict":..., "quote":..., "speaker":..., "story":..., "paragraph":..., "citations":[...]}}. */
    static ObjectNode json(ObjectMapper json, QuoteVerdict verdict) {
        ObjectNode line = json.createObjectNode().put("verdict", verdict.label());
        String quote = verdict instanceof QuoteVerdict.Exact e ? e.quote() : verdict instanceof QuoteVerdict.Close c ? c.quote() : null;
        String speaker = verdict instanceof QuoteVerdict.Exact e ? e.speaker() : verdict instanceof QuoteVerdict.Close c ? c.speaker() : null;
        Citation cited = verdict instanceof QuoteVerdict.NotFound ? null : verdict.citations().get(0);
        line.put("quote", quote).put("speaker", speaker).put("story", cited == null ? null : cited.storyId());
        if (cited == null) {
            line.putNull("paragraph");
        } else {
            line.put("paragraph", cited.paragraph());
        }
        if (verdict.askedSpeaker() != null) {
            line.put("asked_speaker", verdict.askedSpeaker()).put("speaker_agrees",
                    verdict instanceof QuoteVerdict.Exact e ? e.speakerCheck() == QuoteVerdict.SpeakerCheck.SAME
                            : verdict instanceof QuoteVerdict.Close c && c.speakerCheck() == QuoteVerdict.SpeakerCheck.SAME);
        }
        if (verdict instanceof QuoteVerdict.Close c) {
            var differences = line.putArray("differences");
            c.differences().forEach(d -> differences.addObject().put("story", d.story()).put("yours", d.yours()));
        }
        ReplyJson.citations(line.putArray("citations"), verdict.citations());
        return line;
    }
}
