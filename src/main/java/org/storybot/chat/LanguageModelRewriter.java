package org.storybot.chat;

import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.answer.LanguageModel;
import org.storybot.answer.ModelReply;
import org.storybot.answer.Prompts;

/**
 * Follow-ups with a language model: given the conversation so far, the model rewrites a question
 * that leans on it ("When was that?") into one that stands alone (condense prompt). A question
 * with no history is left alone without a call. When the model fails, or its reply is empty, too
 * long, several lines or not a rewrite at all, the offline rewriter decides instead.
 */
public final class LanguageModelRewriter implements QuestionRewriter {

    private static final Logger log = LoggerFactory.getLogger(LanguageModelRewriter.class);
    /** Of each earlier answer the model sees its first characters: enough to know what "it" is. */
    private static final int ANSWER_CHARS = 400;
    private static final Pattern LABEL = Pattern.compile("(?i)^(standalone|rewritten|new)?\\s*question\\s*:\\s*");
    private static final Pattern MARKERS = Pattern.compile("\\s*\\[\\d+(?:\\s*[,;-]\\s*\\d+)*]");

    private final LanguageModel model;
    private final Prompts prompts;
    private final QuestionRewriter fallback;
    private final int maxChars;

    /** @param maxChars the longest standalone question accepted from the model */
    public LanguageModelRewriter(LanguageModel model, Prompts prompts, QuestionRewriter fallback, int maxChars) {
        this.model = model;
        this.prompts = prompts;
        this.fallback = fallback;
        this.maxChars = maxChars;
    }

    @Override
    public String standalone(String question, List<Turn> history) {
        if (history.isEmpty()) {
            return question;
        }
        // No system prompt: storybot's asks for cited answers, and a rewritten question is neither.
        ModelReply reply = model.reply(null, prompts.condense(transcript(history), question));
        if (reply instanceof ModelReply.Failed) {
            return fallback.standalone(question, history); // the failure is logged where it happened
        }
        String rewritten = cleaned(((ModelReply.Text) reply).text());
        if (rewritten == null || rewritten.length() > maxChars || rewritten.contains(Prompts.NOT_FOUND)) {
            log.warn("language model {} gave no usable standalone question ({} characters); using the offline rewriter",
                    model.name(), rewritten == null ? 0 : rewritten.length());
            return fallback.standalone(question, history);
        }
        return rewritten;
    }

    /** The reply as one question: one line, no label, no quotes around it; null when it is not that. */
    private static String cleaned(String text) {
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() != 1) {
            return null;
        }
        String q = MARKERS.matcher(LABEL.matcher(lines.get(0)).replaceFirst("")).replaceAll("").strip();
        if (q.length() >= 2 && (q.startsWith("\"") && q.endsWith("\"") || q.startsWith("“") && q.endsWith("”"))) {
            q = q.substring(1, q.length() - 1).strip();
        }
        return q.isEmpty() || q.codePoints().noneMatch(Character::isLetterOrDigit) ? null : q;
    }

    private static String transcript(List<Turn> history) {
        StringBuilder out = new StringBuilder();
        for (Turn t : history) {
            out.append("Reader: ").append(oneLine(t.question())).append('\n');
            if (t.answer() != null && !t.answer().isBlank()) {
                String answer = oneLine(MARKERS.matcher(t.answer()).replaceAll(""));
                out.append("storybot: ").append(answer.length() > ANSWER_CHARS ? answer.substring(0, ANSWER_CHARS) + "…" : answer)
                        .append('\n');
            }
        }
        return out.toString().strip();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
