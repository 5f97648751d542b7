package org.storybot.bench;

import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.storybot.store.Folders;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.eval.QaStories;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryFormatException;

/**
 * Sends many questions through the assistant in one process, real ones mixed with bad input of
 * every kind, on a library of the seed story and the SQuAD contexts (in a temporary folder,
 * deleted afterwards), and checks that storybot stays up: no exception escapes, every input gets
 * the reply its kind deserves, memory stops growing once warm, and the library is left intact.
 */
public final class Soak {

    private static final long SEED = 2017;
    private static final int MAX_PROBLEMS = 10;

    private final CoreParts parts;
    private final Path sharedDir;
    private final Path storiesDir;
    private final Path workDir;
    private final int maxParagraphs;
    private final Consumer<String> progress;

    /** @param maxParagraphs 0, or a cap on the SQuAD paragraphs loaded (to check the soak itself quickly) */
    public Soak(CoreParts parts, Path sharedDir, Path storiesDir, Path workDir, int maxParagraphs, Consumer<String> progress) {
        this.parts = parts;
        this.sharedDir = sharedDir;
        this.storiesDir = storiesDir;
        this.workDir = workDir;
        this.maxParagraphs = maxParagraphs;
        this.progress = progress;
    }

    public SoakReport run(int count) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("the soak needs at least one question");
        }
        SharedCorpora corpora = SharedCorpora.read(sharedDir, parts.json(), maxParagraphs);
        Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "storybot-soak-");
        try (BenchLibrary lib = BenchLibrary.open(dir, parts)) {
            progress.accept("soak: loading the seed story and the SQuAD contexts");
            lib.ingestor.seedIfNew(storiesDir);
            try {
                QaStories.load(corpora.qa, new StoryCleaner(parts.splitter()), lib.ingestor);
            } catch (StoryFormatException e) {
                throw new IOException("qa.json: " + e.getMessage(), e);
            }
            return soak(lib, new QuestionPool(corpora.questions(), SEED), count);
        } finally {
            Folders.delete(dir);
        }
    }

    private SoakReport soak(BenchLibrary lib, QuestionPool questions, int count) {
        int stories = lib.library.stories().size();
        int paragraphs = lib.library.paragraphCount();
        int warmUp = Math.max(1, Math.min(count / 10, 500));
        Map<SoakInput, Tally> tallies = new EnumMap<>(SoakInput.class);
        List<String> problems = new ArrayList<>();
        SoakInput[] bad = Arrays.stream(SoakInput.values()).filter(k -> k != SoakInput.REAL_QUESTION)
                .toArray(SoakInput[]::new);
        Long rssWarm = null;
        MemoryUsage heapWarm = null;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            // Every other input is a plain real question; the others go through each kind of bad input in turn.
            SoakInput kind = i % 2 == 0 ? SoakInput.REAL_QUESTION : bad[(i / 2) % bad.length];
            String text = kind.around(questions.next().text());
            Tally tally = tallies.computeIfAbsent(kind, k -> new Tally());
            tally.sent++;
            try {
                Reply reply = lib.assistant.ask(new Question(text, null, null, "soak", "soak-user"));
                String problem = tally.count(kind, reply);
                if (problem != null && problems.size() < MAX_PROBLEMS) {
                    problems.add(kind + ": " + problem);
                }
            } catch (RuntimeException | StackOverflowError e) {
                tally.errors++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(kind + ": unhandled " + e);
                }
            }
            if (i == warmUp - 1) {
                heapWarm = ProcessMemory.heapAfterGc();
                rssWarm = ProcessMemory.ownRss();
            }
            if (count >= 10 && (i + 1) % (count / 10) == 0) {
                progress.accept(String.format(Locale.ROOT, "soak: %,d of %,d questions", i + 1, count));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        MemoryUsage heapEnd = ProcessMemory.heapAfterGc();
        Long rssEnd = ProcessMemory.ownRss();
        Double growth = rssWarm == null || rssEnd == null ? null : 100.0 * (rssEnd - rssWarm) / rssWarm;
        boolean intact = lib.library.stories().size() == stories && lib.library.paragraphCount() == paragraphs;
        List<SoakReport.Kind> kinds = new ArrayList<>();
        tallies.forEach((kind, t) -> kinds.add(new SoakReport.Kind(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                kind.expect() == SoakInput.Expect.REJECTED ? "rejected" : "answered or abstained", t.sent, t.answered,
                t.abstained, t.rejected, t.errors, t.unexpected, t.message)));
        long errors = tallies.values().stream().mapToLong(t -> t.errors).sum();
        long unexpected = tallies.values().stream().mapToLong(t -> t.unexpected).sum();
        return new SoakReport(String.format(Locale.ROOT, "%d stories, %,d paragraphs (seed story and SQuAD contexts)",
                stories, paragraphs), count, warmUp, seconds, kinds, errors, unexpected, problems, rssWarm, rssEnd, growth,
                heapWarm.getUsed(), heapEnd.getUsed(), heapWarm.getCommitted(), heapEnd.getCommitted(), intact);
    }

    /** Replies to one kind of input. */
    private static final class Tally {
        int sent;
        int answered;
        int abstained;
        int rejected;
        int errors;
        int unexpected;
        String message;

        /** Counts a reply; returns what was wrong with it, or null. */
        String count(SoakInput kind, Reply reply) {
            if (reply instanceof Reply.Answered) {
                answered++;
            } else if (reply instanceof Reply.Abstained) {
                abstained++;
            } else if (reply instanceof Reply.Rejected r) {
                rejected++;
                if (message == null) {
                    message = r.message();
                }
            }
            boolean rejectedWithMessage = reply instanceof Reply.Rejected r && r.message() != null && !r.message().isBlank();
            if (kind.expect() == SoakInput.Expect.REJECTED && !rejectedWithMessage) {
                unexpected++;
                return "expected a rejection with a message, got " + reply.status();
            }
            if (kind.expect() == SoakInput.Expect.DATA && reply instanceof Reply.Rejected r) {
                unexpected++;
                return "a real question around odd text was rejected: " + r.message();
            }
            return null;
        }
    }
}
