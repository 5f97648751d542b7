package org.storybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storybot.story.RawArticle;

/**
 * A SQuAD-style question set: contexts (each becomes a story) with questions, their gold answers,
 * whether they are unanswerable, and the index of the paragraph each was written for; optionally
 * (as in news_qa.json) the words of that paragraph that support the answer ({@code evidence}) and
 * the question's {@code kind} ("who", "yes-no", "overview", ...).
 */
public record QaSet(List<Context> contexts) {

    public record Context(String id, String title, List<String> paragraphs, List<Question> questions) {

        public RawArticle toArticle() {
            return new RawArticle(id, title, null, null, null, null,
                    paragraphs.stream().map(RawArticle.Block::text).toList(), null);
        }
    }

    public record Question(String id, String question, List<String> answers, boolean unanswerable, int paragraphIndex,
            String evidence, String kind) {

        public boolean isOverview() {
            return "overview".equals(kind);
        }
    }

    public int answerableCount() {
        return (int) contexts.stream().flatMap(c -> c.questions().stream()).filter(q -> !q.unanswerable()).count();
    }

    public static QaSet read(Path file, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JSON array of contexts");
        }
        List<Context> contexts = new ArrayList<>();
        for (JsonNode c : root) {
            List<String> paragraphs = new ArrayList<>();
            c.path("context").forEach(p -> paragraphs.add(p.asText()));
            List<Question> questions = new ArrayList<>();
            for (JsonNode q : c.path("questions")) {
                List<String> answers = new ArrayList<>();
                q.path("answers").forEach(a -> answers.add(a.asText()));
                questions.add(new Question(q.path("id").asText(), q.path("question").asText(), answers,
                        q.path("unanswerable").asBoolean(false), q.path("paragraph_index").asInt(-1),
                        q.hasNonNull("evidence") ? q.get("evidence").asText() : null,
                        q.hasNonNull("kind") ? q.get("kind").asText() : null));
            }
            if (!c.hasNonNull("id") || paragraphs.isEmpty()) {
                throw new IOException(file + ": every context needs an \"id\" and a \"context\" array of paragraphs");
            }
            contexts.add(new Context(c.get("id").asText(), c.path("title").asText(c.get("id").asText()), paragraphs, questions));
        }
        return new QaSet(contexts);
    }
}
