package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;
import org.storybot.chat.QuestionCheck;
import org.storybot.chat.Reply;
import org.storybot.console.PlainText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ask", description = {
    "Answers a question from the stories, citing the paragraphs it used.",
    "With no QUESTION, reads one question per line from standard input."})
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON line per answer.")
    boolean json;

    @Option(names = "--story", paramLabel = "ID", description = "Answer from one story only.")
    String story;

    @Option(names = "--conversation", description = "Treat the lines of standard input as the turns of one conversation.")
    boolean conversation;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; several words need no quotes.")
    List<String> question;

    @Override
    public Integer call() throws IOException {
        Storybot storybot = root.storybot();
        String single = question != null && !question.isEmpty() ? String.join(" ", question) : null;
        if (answerable(storybot, single)) {
            storybot.preloadModels();
        }
        Assistant assistant = storybot.assistant();
        PrintWriter out = spec.commandLine().getOut();
        if (single != null) {
            Reply reply = assistant.ask(new Question(single, null, story, "cli", null));
            print(storybot, reply, out);
            return reply instanceof Reply.Rejected ? 1 : 0;
        }
        String shared = conversation ? "cli-" + UUID.randomUUID() : null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() && !json) {
                    continue;
                }
                String conversationId = shared != null ? shared : "cli-" + UUID.randomUUID();
                print(storybot, assistant.ask(new Question(line, conversationId, story, "cli", null)), out);
            }
        }
        return 0;
    }

    /**
     * Whether the question (null: those read from standard input) passes the checks the assistant
     * makes before it needs a model. Only then are the models loaded ahead; a rejected question is
     * answered without them, and the process exits at once.
     */
    private boolean answerable(Storybot storybot, String single) {
        if (single != null && new QuestionCheck(storybot.config().answer().maxQuestionChars()).check(single).refusal() != null) {
            return false;
        }
        return story == null || storybot.library().info(story).isPresent();
    }

    private void print(Storybot storybot, Reply reply, PrintWriter out) {
        if (json) {
            out.println(ReplyJson.reply(storybot.json(), reply));
        } else {
            out.println(PlainText.reply(reply));
            out.println();
        }
        out.flush();
    }
}
