package org.storybot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storybot.answer.Citation;
import org.storybot.answer.Composer;
import org.storybot.answer.Composition;
import org.storybot.answer.NonAnswers;
import org.storybot.answer.Overview;
import org.storybot.answer.ShortAnswer;
import org.storybot.answer.StoryDetails;
import org.storybot.answer.Summary;
import org.storybot.answer.SummaryLength;
import org.storybot.compare.Coverage;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.retrieval.Retrieval;
import org.storybot.retrieval.SentenceHit;
import org.storybot.store.AnswerLog;
import org.storybot.store.AnswerRecord;
import org.storybot.retrieval.Library;
import org.storybot.store.StoredStory;
import org.storybot.store.StoryInfo;
import org.storybot.people.WhosWho;
import org.storybot.quote.QuoteCheck;
import org.storybot.timeline.Timelines;

/**
 * The assistant every adapter talks to (command line, console, Discord): it checks a question,
 * makes a follow-up stand on its own, retrieves passages, has the composer answer from them, and
 * records the reply. It knows nothing of how replies are shown. Thread-safe.
 */
public final class Assistant {

    private static final Logger log = LoggerFactory.getLogger(Assistant.class);
    private static final int NEAREST = 2;

    private final Library library;
    private final HybridRetriever retriever;
    private final Composer composer;
    private final QuestionRewriter rewriter;
    private final AnswerLog answers;
    private final CitationJson citationJson;
    private final QuestionCheck check;
    private final int passages;
    private final int turns;
    private final Summaries summaries;
    private final StoryTools tools;

    public Assistant(Library library, HybridRetriever retriever, Composer composer, QuestionRewriter rewriter,
            AnswerLog answers, ObjectMapper json, StoryTools tools, Settings settings) {
        this.library = library;
        this.tools = tools;
        this.retriever = retriever;
        this.composer = composer;
        this.rewriter = rewriter;
        this.answers = answers;
        this.citationJson = new CitationJson(json);
        this.check = new QuestionCheck(settings.maxQuestionChars());
        this.passages = settings.passages();
        this.turns = settings.conversationTurns();
        this.summaries = new Summaries(library, retriever, composer, check);
    }

    /** What the assistant needs from the settings. */
    public record Settings(int maxQuestionChars, int passages, int conversationTurns) {
    }

    public Reply ask(Question question) {
        long start = System.nanoTime();
        QuestionCheck.Result checked = check.check(question.text());
        if (checked.refusal() != null) {
            return record(question, null, new Reply.Rejected(shown(question.text()), checked.refusal(), 0, 0), null, start);
        }
        String text = checked.question();
        String storyId = question.storyId();
        if (storyId != null && !library.knows(storyId)) {
            return record(question, null, new Reply.Rejected(text, "No story has the id “" + storyId
                    + "”. Ask for the list of stories to see their ids.", 0, 0), null, start);
        }

        List<QuestionRewriter.Turn> history = history(question.conversationId());
        if (Overview.isRequest(text)) {
            Reply overview = overview(text, storyId != null ? storyId : storyInTalk(history));
            return record(question, null, overview, storyOf(overview), start);
        }
        Optional<StoryDetails.Asked> detail = StoryDetails.asked(text);
        if (detail.isPresent()) {
            Reply details = details(text, detail.get(), storyId != null ? storyId : storyInTalk(history));
            return record(question, null, details, storyOf(details), start);
        }
        String standalone = rewriter.standalone(text, history);
        if (storyId == null && !standalone.equals(text) && !history.isEmpty()) {
            storyId = history.get(history.size() - 1).storyId(); // a follow-up stays with the story in talk
        }
        Retrieval retrieval = retriever.retrieve(standalone, storyId, passages);
        Composition composition = composer.answer(standalone, retrieval);
        Reply reply = toReply(text, composition, retrieval);
        return record(question, standalone, reply, storyOf(reply), start);
    }

    /** "What is this story about?": the gist of the story named, in talk or only; else which stories there are. */
    private Reply overview(String question, String storyId) {
        String id = storyMeant(storyId);
        Optional<StoredStory> story = id == null ? Optional.empty() : library.storedStory(id);
        if (story.isEmpty()) {
            return new Reply.Abstained(question, StoryChoice.which(library.stories()), List.of(), null, 0, 0);
        }
        return ofStory(question, composer.overview(story.get()));
    }

    /** "Who wrote this?", "When was it published?": answered from the details of the story named, in talk or only. */
    private Reply details(String question, StoryDetails.Asked asked, String storyId) {
        String id = storyMeant(storyId);
        Optional<StoryInfo> story = id == null ? Optional.empty() : library.info(id);
        if (story.isEmpty()) {
            return new Reply.Abstained(question, StoryChoice.which(library.stories()), List.of(), null, 0, 0);
        }
        return ofStory(question, StoryDetails.answer(asked, story.get()));
    }

    /** The story a question about "this story" means: the one named or in talk, else the only one; null when unclear. */
    private String storyMeant(String storyId) {
        if (storyId != null) {
            return storyId;
        }
        List<StoryInfo> stories = library.stories();
        return stories.size() == 1 ? stories.get(0).id() : null;
    }

    /** A reply made from one story, without retrieval: there are no nearest passages to show. */
    private static Reply ofStory(String question, Composition composition) {
        return composition instanceof Composition.Grounded g
                ? new Reply.Answered(question, g.text(), g.shortAnswer(), g.citations(), g.notice(), 0, 0)
                : new Reply.Abstained(question, ((Composition.NotFound) composition).reason(), List.of(), null, 0, 0);
    }

    private static String storyInTalk(List<QuestionRewriter.Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).storyId() != null) {
                return history.get(i).storyId();
            }
        }
        return null;
    }

    private Reply toReply(String question, Composition composition, Retrieval retrieval) {
        if (composition instanceof Composition.Grounded g) {
            return new Reply.Answered(question, g.text(), g.shortAnswer(), g.citations(), g.notice(), 0, 0);
        }
        Composition.NotFound nf = (Composition.NotFound) composition;
        return new Reply.Abstained(question, nf.reason(), nearest(retrieval), nf.notice(), 0, 0);
    }

    /** The best sentences of the best passages: what the stories do say near the question. */
    private static List<Citation> nearest(Retrieval retrieval) {
        List<Citation> nearest = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SentenceHit hit : retrieval.sentences()) {
            String key = hit.paragraph().storyId() + "#" + hit.paragraph().number();
            if (seen.contains(key) || NonAnswers.statesNothing(hit.sentence().text())) {
                continue; // a heading that asks "Who was the captain?" says nothing the reader can use
            }
            seen.add(key);
            var p = hit.paragraph().paragraph();
            nearest.add(new Citation(nearest.size() + 1, p.storyId(), p.storyTitle(), p.number(), hit.sentence().text(), p.text()));
            if (nearest.size() == NEAREST) {
                break;
            }
        }
        return nearest;
    }

    private List<QuestionRewriter.Turn> history(String conversationId) {
        List<QuestionRewriter.Turn> turns = new ArrayList<>();
        for (AnswerRecord r : answers.history(conversationId, this.turns)) {
            if (!r.outcome().equals("rejected")) {
                turns.add(new QuestionRewriter.Turn(r.question(), r.standaloneQuestion(), r.answerText(),
                        shortAnswer(r), r.storyId()));
            }
        }
        return turns;
    }

    private Reply record(Question question, String standalone, Reply reply, String storyId, long start) {
        double latency = (System.nanoTime() - start) / 1e6;
        long id;
        ShortAnswer stated = reply instanceof Reply.Answered a ? a.shortAnswer() : null;
        try {
            id = answers.record(new AnswerRecord(0, question.conversationId(), reply.question(), standalone, reply.status(),
                    reply.text(), stated == null ? null : stated.text(), stated == null ? null : stated.kind().label(),
                    citationJson.write(reply.citations()), storyId, latency, question.channel(),
                    answers.hashUser(question.userId()), OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            log.warn("could not record a reply: {}", e.getMessage());
            id = 0;
        }
        return reply.recorded(id, latency);
    }

    private static ShortAnswer shortAnswer(AnswerRecord r) {
        ShortAnswer.Kind kind = ShortAnswer.Kind.ofLabel(r.shortAnswerKind());
        return r.shortAnswer() == null || r.shortAnswer().isBlank() || kind == null ? null : new ShortAnswer(r.shortAnswer(), kind);
    }

    private static String storyOf(Reply reply) {
        return reply instanceof Reply.Answered a ? a.citations().get(0).storyId() : null;
    }

    /** A question as shown back to the user: at most 300 characters of it. */
    private static String shown(String text) {
        String s = text == null ? "" : text;
        return s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }

    /**
     * Summarises a story: {@code storyId}, else the story the conversation last talked about, else
     * the only story in the library.
     */
    public SummaryReply summarize(String storyId, SummaryLength length, String conversationId) {
        return summaries.ofStory(storyId != null ? storyId : storyInTalk(history(conversationId)), length);
    }

    /** One summary of the stories about {@code topic}, each fact once, every story reporting it cited. */
    public SummaryReply summarizeTopic(String topic, SummaryLength length) {
        return summaries.ofTopic(topic, length);
    }

    /**
     * Has the composer read the library's stories ahead of questions, up to {@code maxSentences}
     * sentences (newest stories first), so first questions about them are as quick as later ones.
     * Returns how many sentences were read. Safe beside questions being answered; stops before the
     * next story once {@code stop} says so.
     */
    public int warmUp(int maxSentences, BooleanSupplier stop) {
        int read = 0;
        List<StoryInfo> stories = new ArrayList<>(library.stories());
        java.util.Collections.reverse(stories);
        for (StoryInfo info : stories) {
            if (read >= maxSentences || stop.getAsBoolean()) {
                break;
            }
            Optional<StoredStory> story = library.storedStory(info.id());
            if (story.isPresent()) {
                read += composer.warm(story.get());
            }
        }
        return read;
    }

    public List<StoryInfo> stories() {
        return library.stories();
    }

    /** Whether a quotation is in the stories (/quote): a part of its own, as every adapter reaches it. */
    public QuoteCheck quotes() {
        return tools.quotes();
    }

    /** Who's who (/people): the people the stories name, with their roles, each cited. */
    public WhosWho people() {
        return tools.people();
    }

    /** The dated events of a story or topic, in order (/timeline). */
    public Timelines timelines() {
        return tools.timelines();
    }

    /** How several outlets covered the same events (/compare), each line cited. */
    public Coverage coverage() {
        return tools.coverage();
    }

    /** The citations behind the latest reply in a conversation, for "show sources". */
    public List<Citation> lastSources(String conversationId) {
        List<AnswerRecord> last = answers.history(conversationId, 1);
        return last.isEmpty() ? List.of() : citationJson.read(last.get(0).citationsJson());
    }

    /** The citations stored with one reply. */
    public List<Citation> sources(long answerId) {
        return answers.find(answerId).map(r -> citationJson.read(r.citationsJson())).orElse(List.of());
    }

    /** Records 👍 (+1) or 👎 (-1) from one user on one reply; false when there is no such reply. */
    public boolean feedback(long answerId, String userId, int vote) {
        return answers.vote(answerId, userId, vote);
    }
}
