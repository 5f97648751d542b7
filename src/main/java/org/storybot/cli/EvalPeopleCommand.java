package org.storybot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.storybot.app.Storybot;
import org.storybot.people.PeopleReply;
import org.storybot.people.Person;
import org.storybot.people.WhosWho;
import org.storybot.store.StoryInfo;
import org.storybot.story.StoryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval-people", description = {
    "Who's who on the articles of FILE (politics_2017.json), in a library of its own: per article the people listed,",
    "those with a role and the mentions, with the most mentioned; then the totals. There is no gold list: read them."})
final class EvalPeopleCommand implements Callable<Integer> {

    private static final int SHOWN = 4;

    @ParentCommand
    StorybotCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Articles: politics_2017.json, or any file or folder ingest reads.")
    Path file;

    @Override
    public Integer call() throws IOException, StoryFormatException {
        if (!Files.exists(file)) {
            throw new UserException(file + ": no such file");
        }
        Storybot main = root.storybot();
        PrintWriter out = spec.commandLine().getOut();
        ScratchLibrary.run(main, null, eval -> {
            eval.ingestor().ingestFile(file);
            WhosWho whosWho = new WhosWho(eval.library(), eval.retriever(), eval.tagger(), eval.lexicon());
            long start = System.nanoTime();
            int listed = 0;
            int withRole = 0;
            int mentions = 0;
            List<StoryInfo> stories = eval.library().stories();
            for (StoryInfo story : stories) {
                List<Person> people = ((PeopleReply.Listed) whosWho.ofStory(story.id())).people();
                int roles = (int) people.stream().filter(p -> p.role() != null).count();
                int named = people.stream().mapToInt(Person::mentions).sum();
                listed += people.size();
                withRole += roles;
                mentions += named;
                out.printf("%-28s %3d people, %3d with a role, %4d mentions: %s%n", story.id(), people.size(), roles, named,
                        people.stream().limit(SHOWN).map(p -> p.name() + (p.role() == null ? "" : " (" + p.role() + ")"))
                                .collect(Collectors.joining("; ")));
            }
            out.printf("%n%d articles: %d people listed (%.1f an article), %d with a role (%.0f%%), %d mentions, in %.1f s%n",
                    stories.size(), listed, listed / (double) Math.max(1, stories.size()), withRole,
                    100.0 * withRole / Math.max(1, listed), mentions, (System.nanoTime() - start) / 1e9);
        });
        return 0;
    }
}
