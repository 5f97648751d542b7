package org.storybot.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storybot.store.AnswerLog;
import org.storybot.store.AnswerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "feedback", description = "Counts of answers and of 👍 / 👎 votes, and the latest answers voted 👎.")
final class FeedbackCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final int ANSWER_LINE = 160;

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--latest"}, paramLabel = "N", defaultValue = "10",
            description = "How many of the latest 👎 answers to show (default ${DEFAULT-VALUE}).")
    int latest;

    @Override
    public Integer call() {
        if (latest < 0) {
            throw new UserException("--latest must be 0 or more");
        }
        AnswerLog answers = root.storybot().answers();
        PrintWriter out = spec.commandLine().getOut();
        AnswerLog.Totals totals = answers.totals();
        out.printf(Locale.ROOT, "answers: %d answered, %d abstained, %d rejected%n", totals.answered(), totals.abstained(),
                totals.rejected());
        out.printf(Locale.ROOT, "votes:   %d 👍, %d 👎%n", totals.up(), totals.down());
        List<AnswerRecord> downvoted = latest == 0 ? List.of() : answers.latestDownvoted(latest);
        if (!downvoted.isEmpty()) {
            out.println();
            out.println("latest 👎:");
            for (AnswerRecord r : downvoted) {
                out.printf(Locale.ROOT, "#%d  %s  %s  %s%n", r.id(), r.createdAt() == null ? "" : WHEN.format(r.createdAt()),
                        r.outcome(), r.channel() == null ? "" : "channel " + r.channel());
                out.println("  Q: " + oneLine(r.question()));
                out.println("  A: " + oneLine(r.answerText()));
            }
        }
        out.flush();
        return 0;
    }

    private static String oneLine(String text) {
        String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return s.length() <= ANSWER_LINE ? s : s.substring(0, ANSWER_LINE - 1) + "…";
    }
}
