package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.Citation;
import org.storybot.answer.SummaryLength;
import org.storybot.chat.Assistant;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.chat.SummaryReply;
import org.storybot.retrieval.Evidence;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.story.Paragraph;
import org.storybot.story.Story;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * Readers never see half of a story being replaced: while one thread swaps a story back and forth
 * between two versions (different titles, paragraph counts and texts), many threads search, ask
 * and summarise against it, and every result they get comes wholly from one version.
 */
class StoryReplacementTest {

    private static final String ID = "harbour-bridge";
    private static final int READERS = 6;
    private static final int MIN_READS = 600;
    private static final int MIN_SWAPS = 20;
    private static final long GIVE_UP_MINUTES = 5;

    private static final String FIRST = """
            Harbour Bridge Opens (first report)

            The new harbour bridge opened to traffic on Monday morning after four years of building work.

            The bridge cost 410 million dollars, the city's transport office said in a statement.

            Mayor Ana Ruiz cut the ribbon and walked across the bridge with the engineers who designed it.
            """;

    private static final String SECOND = """
            Harbour Bridge Opens (corrected report)

            The harbour bridge was opened to cars on Tuesday evening, a day later than the city had planned.

            Its final cost was 455 million dollars, according to the audit office's report on the bridge.

            Deputy mayor Tom Berg opened the bridge because the mayor was ill with the flu.

            The ferries that carried people across the harbour before the bridge will stop running next month.

            Cyclists will be allowed to ride over the bridge from the spring, once the cycle lanes are painted.
            """;

    private static final List<String> QUESTIONS = List.of(
            "When did the harbour bridge open?",
            "How much did the bridge cost?",
            "Who opened the bridge?",
            "What happens to the ferries?",
            "Can cyclists use the bridge?");

    @TempDir
    Path dir;

    @Test
    void should_show_every_reader_one_whole_version_of_a_story_being_replaced() throws Exception {
        // given: a library with the seed story and the first version of a story, both versions embedded once
        try (TestLibrary t = new TestLibrary(dir.resolve("data"))) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
            Story first = parse(t, "first", FIRST);
            Story second = parse(t, "second", SECOND);
            assertThat(first.id()).isEqualTo(ID).isEqualTo(second.id());
            assertThat(first.paragraphs()).hasSize(3);
            assertThat(second.paragraphs()).hasSize(5);
            StoryVectors firstVectors = t.ingestor.embed(first);
            StoryVectors secondVectors = t.ingestor.embed(second);
            t.library.save(first, firstVectors);
            List<Story> versions = List.of(first, second);

            HybridRetriever retriever = t.retriever();
            Assistant assistant = t.assistant();
            // The question vectors are remembered by the embedder, so the readers spend their time reading.
            QUESTIONS.forEach(q -> retriever.retrieve(q, ID, 5));

            // when: a writer swaps the versions while readers search, ask and summarise
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
            List<String> torn = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                readers.add(pool.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        String question = QUESTIONS.get((i + reader) % QUESTIONS.size());
                        String what = switch ((i + reader) % 5) {
                            case 0 -> check(versions, "search in the story",
                                    evidence(retriever.retrieve(question, ID, 5).paragraphs()));
                            case 1 -> check(versions, "search in the library",
                                    evidence(retriever.retrieve(question, null, 8).paragraphs()));
                            case 2 -> check(versions, "ask",
                                    citations(assistant.ask(new Question(question, null, ID, "test", null))));
                            case 3 -> check(versions, "summary", summary(assistant.summarize(ID, SummaryLength.SHORT, null)));
                            default -> check(versions, "stored story", stored(t.library.storedStory(ID).orElseThrow()));
                        };
                        if (what.startsWith("torn")) {
                            torn.add(what);
                        } else {
                            seen.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
                        }
                        reads.incrementAndGet();
                    }
                    return null;
                }));
            }
            int swaps = 0;
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(GIVE_UP_MINUTES);
            while ((reads.get() < MIN_READS || swaps < MIN_SWAPS || count(seen, first) < 20 || count(seen, second) < 20)
                    && System.nanoTime() < giveUp) {
                Story next = swaps % 2 == 0 ? second : first;
                t.library.save(next, next == first ? firstVectors : secondVectors);
                swaps++;
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(2, TimeUnit.MINUTES); // rethrows any reader's exception
            }
            pool.shutdown();

            // then: every result came from one version, and readers did see both while the writer swapped
            assertThat(torn).as("results mixing the two versions").isEmpty();
            assertThat(count(seen, first)).as("results from the first version").isGreaterThanOrEqualTo(20);
            assertThat(count(seen, second)).as("results from the second version").isGreaterThanOrEqualTo(20);
            assertThat(swaps).isGreaterThanOrEqualTo(MIN_SWAPS);
            Story last = t.library.story(ID).orElseThrow();
            assertThat(last.paragraphs()).hasSize(swaps % 2 == 1 ? 5 : 3);
            assertThat(t.library.indexed(ID).paragraphs()).isEqualTo(last.paragraphs().size());
            assertThat(t.library.indexed(null).vectors()).isEqualTo(t.library.paragraphCount());
        }
    }

    private Story parse(TestLibrary t, String folder, String text) throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(ID + ".txt");
        Files.writeString(file, text);
        return t.ingestor.parse(file).get(0);
    }

    /** A paragraph as a reader saw it: its story's title, its number and its text. */
    private record Seen(String title, int number, String text) {
    }

    private static List<Seen> evidence(List<Evidence> found) {
        return found.stream().filter(e -> e.storyId().equals(ID))
                .map(e -> new Seen(e.paragraph().storyTitle(), e.number(), e.paragraph().text())).toList();
    }

    private static List<Seen> citations(Reply reply) {
        return reply.citations().stream().filter(c -> c.storyId().equals(ID)).map(StoryReplacementTest::seen).toList();
    }

    private static List<Seen> summary(SummaryReply reply) {
        assertThat(reply).isInstanceOf(SummaryReply.Summarized.class);
        return ((SummaryReply.Summarized) reply).summary().citations().stream().map(StoryReplacementTest::seen).toList();
    }

    private static Seen seen(Citation c) {
        return new Seen(c.storyTitle(), c.paragraph(), c.paragraphText());
    }

    /** The whole stored story; a version's paragraph count must match too. */
    private static List<Seen> stored(StoredStory story) {
        List<Seen> all = story.paragraphs().stream().map(p -> new Seen(p.storyTitle(), p.number(), p.text()))
                .collect(Collectors.toCollection(ArrayList::new));
        all.add(new Seen(story.title(), 0, "paragraphs: " + story.paragraphs().size()));
        return all;
    }

    /** The title of the one version everything seen belongs to, or "torn: ..." when no single version holds it all. */
    private static String check(List<Story> versions, String how, List<Seen> seen) {
        if (seen.isEmpty()) {
            return "nothing from the story";
        }
        for (Story version : versions) {
            Set<Seen> whole = versions(version);
            if (whole.containsAll(seen)) {
                return version.title();
            }
        }
        return "torn (" + how + "): " + seen;
    }

    private static Set<Seen> versions(Story version) {
        Set<Seen> all = new java.util.HashSet<>();
        for (Paragraph p : version.paragraphs()) {
            all.add(new Seen(version.title(), p.number(), p.text()));
        }
        all.add(new Seen(version.title(), 0, "paragraphs: " + version.paragraphs().size()));
        return all;
    }

    private static int count(Map<String, AtomicInteger> seen, Story version) {
        AtomicInteger n = seen.get(version.title());
        return n == null ? 0 : n.get();
    }
}
