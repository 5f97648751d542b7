package org.storybot.discord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.storybot.answer.Composer;
import org.storybot.answer.Composition;
import org.storybot.answer.OfflineComposer;
import org.storybot.answer.Summary;
import org.storybot.answer.SummaryLength;
import org.storybot.answer.Tagger;
import org.storybot.chat.Assistant;
import org.storybot.chat.StoryTools;
import org.storybot.people.WhosWho;
import org.storybot.quote.QuoteCheck;
import org.storybot.timeline.Timelines;
import org.storybot.answer.DateMentions;
import org.storybot.answer.GroundingCheck;
import org.storybot.compare.Coverage;
import org.storybot.retrieval.TopicStories;
import org.storybot.story.SentenceSplitter;
import org.storybot.chat.EntityCarryOver;
import org.storybot.config.IngestConfig;
import org.storybot.ingest.LinkIngestor;
import org.storybot.web.PageFetcher;
import org.storybot.retrieval.Retrieval;
import org.storybot.store.AnswerLog;
import org.storybot.store.StoredStory;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * A real library in a temporary folder with the seed story and a story with one very long
 * sentence, and a real Assistant over it wired as storybot wires it offline. Its composer breaks
 * on purpose for questions holding {@link #FAULT}: a fault injected in storybot's own code; and it
 * holds a question holding {@link #HELD} until the test {@link #release}s it.
 */
final class StoryLibrary implements AutoCloseable {

    static final String FAULT = "kaboom";
    static final String FAULT_MESSAGE = "injected fault: the composer broke";
    static final String HELD = "meanwhile";
    static final String HARBOUR_ID = "harbour-rules";

    final TestLibrary test;
    /** Links are fetched from this machine's test servers: private addresses are allowed. */
    final LinkIngestor links;
    final AnswerLog answers;
    final Assistant assistant;
    private final Semaphore held = new Semaphore(0);

    StoryLibrary(Path dir) throws Exception {
        test = new TestLibrary(dir.resolve("data"));
        test.ingestor.ingestFile(SharedData.seedStory());
        Path harbour = dir.resolve(HARBOUR_ID + ".txt");
        Files.writeString(harbour, HARBOUR_STORY);
        test.ingestor.ingestFile(harbour);
        links = new LinkIngestor(new PageFetcher(PageFetcher.Settings.of(new IngestConfig(1, 5, 5, true, false))), test.ingestor);
        Tagger tagger = new Tagger();
        Composer composer = new BreaksOnFault(new OfflineComposer(tagger, Models.lexicon(), Models.embedder(), Models.MIN_SUPPORT),
                held);
        answers = new AnswerLog(test.database);
        WhosWho people = new WhosWho(test.library, test.retriever(), tagger, Models.lexicon());
        assistant = new Assistant(test.library, test.retriever(), composer, new EntityCarryOver(tagger), answers,
                TestLibrary.JSON, new StoryTools(new QuoteCheck(test.library, test.retriever(), tagger, Models.lexicon()), people,
                new Timelines(test.library, test.retriever(), new DateMentions(tagger, Models.lexicon())),
                new Coverage(test.library, new TopicStories(test.retriever()), people,
                        new GroundingCheck(new SentenceSplitter(), null), new GroundingCheck(new SentenceSplitter(), Models.embedder()))),
                new Assistant.Settings(500, 4, 6));
    }

    AnswerLog answers() {
        return answers;
    }

    /** Lets one held question ({@link #HELD}) be answered. */
    void release() {
        held.release();
    }

    @Override
    public void close() {
        answers.close();
        test.close();
    }

    /** The real composer, except that a question holding {@link #FAULT} makes it throw. */
    private record BreaksOnFault(Composer real, Semaphore held) implements Composer {
        @Override
        public Composition answer(String question, Retrieval retrieval) {
            if (question.contains(FAULT)) {
                throw new IllegalStateException(FAULT_MESSAGE);
            }
            if (question.contains(HELD)) {
                try {
                    if (!held.tryAcquire(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("a held question was never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return real.answer(question, retrieval);
        }

        @Override
        public Composition overview(StoredStory story) {
            return real.overview(story);
        }

        @Override
        public Summary summarize(StoredStory story, SummaryLength length) {
            return real.summarize(story, length);
        }

        @Override
        public Summary summarizeTopic(String topic, List<StoredStory> stories, SummaryLength length) {
            return real.summarizeTopic(topic, stories, length);
        }
    }

    /** The harbour commission's rule is one sentence of some 2,400 characters: an answer quoting it cannot fit one message. */
    static final String HARBOUR_SENTENCE = String.join(", ",
            "Under the harbour commission's new rule every vessel entering the harbour must report its cargo manifest "
                    + "to the harbour master at least six hours before arrival",
            "declare any dangerous goods carried in its holds or on its decks with their quantities and packing",
            "keep its automatic identification transponder switched on from the outer buoy to the berth",
            "take a licensed pilot on board at the pilot station whenever its length exceeds sixty metres",
            "slow to five knots inside the breakwater and to three knots within two hundred metres of the ferry terminal",
            "avoid discharging ballast water anywhere inside the harbour limits unless it has been treated on board",
            "connect to shore power within one hour of berthing where a suitable connection is available on the quay",
            "keep at least one certified officer on watch on the bridge or in the engine control room at all times",
            "report any injury, fire, collision or grounding to the harbour control centre without delay by radio",
            "display the signals for restricted manoeuvrability whenever it is towing, dredging or laying cable",
            "present its waste delivery receipt from the previous port of call to the port reception facility",
            "secure all cranes, derricks and gangways before the harbour master's wind warning comes into force",
            "refrain from testing its engines under load while moored alongside another vessel or a passenger pier",
            "allow inspectors of the commission to board at any reasonable hour to check its papers and equipment",
            "pay the conservancy dues and the light dues before it is given clearance to sail for its next port",
            "notify the commission of any change of agent, owner or flag state while it remains within the harbour",
            "keep its fire-fighting equipment ready for immediate use and its international shore connection accessible",
            "and leave its berth within two hours of the end of cargo operations unless the harbour master agrees to a "
                    + "longer stay because of weather, repairs or the lack of a free berth elsewhere in the port");

    private static final String HARBOUR_STORY = "Harbour Commission Tightens Rules for Vessels\n\n"
            + HARBOUR_SENTENCE + ".\n\n"
            + "The commission said the rules would take effect on the first of March and that masters who break them "
            + "face fines of up to twenty thousand euros.\n";
}
