package org.storybot.cli;

import org.storybot.app.Storybot;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storybot.ingest.IngestResult;
import org.storybot.ingest.LinkIngestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = {
    "Adds stories to the library: .txt, .md, .json, .html and .htm files or folders, and http(s):// links.",
    "Unchanged stories are skipped; changed ones replace the old version."})
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files or folders of articles, or links to web pages.")
    List<String> targets;

    @Override
    public Integer call() {
        Storybot storybot = root.storybot();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        storybot.library();
        report(storybot.seeded(), out, err, "seeded");
        List<IngestResult> results = new ArrayList<>();
        for (String target : targets) {
            List<IngestResult> these = ingest(storybot, target);
            report(these, out, err, null);
            results.addAll(these);
        }
        long failed = results.stream().filter(IngestResult::failed).count();
        out.printf("%d added, %d replaced, %d unchanged, %d failed%n",
                count(results, IngestResult.Outcome.ADDED), count(results, IngestResult.Outcome.REPLACED),
                count(results, IngestResult.Outcome.UNCHANGED), failed);
        return failed == 0 ? 0 : 1;
    }

    private static List<IngestResult> ingest(Storybot storybot, String target) {
        if (LinkIngestor.isLink(target)) {
            return List.of(storybot.links().ingest(target));
        }
        try {
            return storybot.ingestor().ingest(List.of(Path.of(target)));
        } catch (InvalidPathException e) {
            return List.of(IngestResult.failed(target, "is neither a file's path nor a link"));
        }
    }

    static void report(List<IngestResult> results, PrintWriter out, PrintWriter err, String label) {
        for (IngestResult r : results) {
            if (r.failed()) {
                err.printf("failed     %s: %s%n", r.file(), r.error());
            } else {
                String outcome = label != null ? label : r.outcome().name().toLowerCase();
                out.printf("%-10s %s  (%d paragraphs)  %s%n", outcome, r.storyId(), r.paragraphs(), r.title());
            }
        }
        out.flush();
        err.flush();
    }

    private static long count(List<IngestResult> results, IngestResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
