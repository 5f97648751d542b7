package org.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.storybot.answer.Citation;
import org.storybot.answer.Summary;
import org.storybot.chat.Reply;
import org.storybot.console.PlainText;

/** The JSON lines of `ask --json` and `summarize --json`, and the citations every JSON line shares. */
final class ReplyJson {

    private ReplyJson() {
    }

    static ObjectNode reply(ObjectMapper json, Reply reply) {
        ObjectNode line = json.createObjectNode()
                .put("question", reply.question())
                .put("status", reply.status())
                .put("answer", PlainText.reply(reply));
        if (reply instanceof Reply.Answered a && a.shortAnswer() != null) {
            line.putObject("short_answer").put("text", a.shortAnswer().text()).put("kind", a.shortAnswer().kind().label());
        } else {
            line.putNull("short_answer");
        }
        citations(line.putArray("citations"), reply.citations());
        line.put("latency_ms", Math.round(reply.latencyMs() * 100) / 100.0);
        String notice = reply instanceof Reply.Answered a ? a.notice() : reply instanceof Reply.Abstained a ? a.notice() : null;
        if (notice != null) {
            line.put("notice", notice);
        }
        return line;
    }

    static ObjectNode summary(ObjectMapper json, Summary summary) {
        ObjectNode line = json.createObjectNode()
                .put("story", summary.storyId())
                .put("topic", summary.topic())
                .put("length", summary.length().label())
                .put("summary", summary.text())
                .put("words", summary.words());
        citations(line.putArray("citations"), summary.citations());
        if (summary.notice() != null) {
            line.put("notice", summary.notice());
        }
        return line;
    }

    static void citations(ArrayNode array, List<Citation> citations) {
        for (Citation c : citations) {
            ObjectNode citation = array.addObject()
                    .put("marker", c.marker())
                    .put("story", c.storyId())
                    .put("title", c.storyTitle());
            if (c.fromDetails()) {
                citation.putNull("paragraph").put("details", true); // the story's byline, date, outlet: not its text
            } else {
                citation.put("paragraph", c.paragraph());
            }
            citation.put("quote", c.quote()).put("text", c.paragraphText());
        }
    }
}
