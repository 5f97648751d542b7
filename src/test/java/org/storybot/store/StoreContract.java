package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.chat.Question;
import org.storybot.chat.Reply;
import org.storybot.retrieval.Library;
import org.storybot.story.Story;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * What every store must do, run against each kind (H2 and PostgreSQL) by a subclass: stories
 * saved, replaced and removed with the fingerprint following, stories read back whole with their
 * vectors, the answer log and conversations, and a schema that opening again leaves as it was.
 * Each test gets a new, empty store, through the composition root as the settings choose it.
 */
abstract class StoreContract {

    static final String ID = "harbour-bridge";
    static final String FIRST = """
            Harbour Bridge Opens

            The new harbour bridge opened to traffic on Monday morning after four years of building work.

            The bridge cost 410 million dollars, the city's transport office said in a statement.
            """;
    static final String SECOND = """
            Harbour Bridge Opens

            The harbour bridge was opened to cars on Tuesday evening, a day later than the city had planned.

            Its final cost was 455 million dollars, according to the audit office's report on the bridge.

            Deputy mayor Tom Berg opened the bridge because the mayor was ill with the flu.
            """;

    @TempDir
    Path dir;

    /** A library over a new, empty store of this kind, with its index (and an H2 file) in {@code dataDir}. */
    abstract TestLibrary newLibrary(Path dataDir);

    /** The store of the last {@link #newLibrary} opened again, as a restarted process opens it. */
    abstract TestLibrary reopen(Path dataDir);

    /** The dialect this kind of store speaks. */
    abstract Dialect dialect();

    @Test
    void should_save_replace_and_remove_a_story_changing_the_fingerprint_each_time() throws Exception {
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            StoryStore store = new StoryStore(t.database);
            assertThat(t.database.dialect()).isEqualTo(dialect());
            assertThat(store.fingerprint()).isEmpty();

            Story first = parse(t, "first", FIRST);
            assertThat(t.library.save(first, t.ingestor.embed(first))).isEqualTo(Library.SaveOutcome.ADDED);
            String added = store.fingerprint();
            assertThat(added).hasSize(64);
            assertThat(t.library.save(first, t.ingestor.embed(first))).isEqualTo(Library.SaveOutcome.UNCHANGED);
            assertThat(store.fingerprint()).isEqualTo(added);

            Story second = parse(t, "second", SECOND);
            assertThat(t.library.save(second, t.ingestor.embed(second))).isEqualTo(Library.SaveOutcome.REPLACED);
            String replaced = store.fingerprint();
            assertThat(replaced).isNotEqualTo(added);
            assertThat(store.info(ID).orElseThrow().paragraphs()).isEqualTo(3);
            assertThat(store.paragraphCount()).isEqualTo(3);
            assertThat(store.vectorCount()).isEqualTo(3);
            assertThat(t.library.indexed(ID).paragraphs()).isEqualTo(3);
            assertThat(t.retriever().retrieve("Who opened the bridge?", null, 1).paragraphs().get(0).paragraph().text())
                    .contains("Tom Berg");

            assertThat(t.library.remove(ID)).isTrue();
            assertThat(t.library.remove(ID)).isFalse();
            assertThat(store.fingerprint()).isEmpty();
            assertThat(store.stories()).isEmpty();
            assertThat(store.paragraphCount()).isZero();
            assertThat(store.vectorCount()).as("vectors go with their story").isZero();
            assertThat(t.library.indexed(ID).paragraphs()).isZero();
        }
    }

    @Test
    void should_read_a_story_back_whole_with_its_sentences_and_vectors() throws Exception {
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            Story story = parse(t, "second", SECOND);
            StoryVectors vectors = t.ingestor.embed(story);
            t.library.save(story, vectors);

            StoredStory stored = new StoryStore(t.database).storedStory(ID).orElseThrow();
            assertThat(stored.story()).isEqualTo(story);
            assertThat(stored.story().contentHash()).isEqualTo(story.contentHash());
            assertThat(stored.info().ingestedAt()).isNotNull();
            for (int p = 0; p < story.paragraphs().size(); p++) {
                assertThat(stored.paragraphVectors().get(p)).containsExactly(Vectors.normalized(vectors.paragraphs().get(p)));
                List<float[]> sentences = vectors.sentences().get(p);
                assertThat(stored.sentenceVectors().get(p)).hasSameSizeAs(sentences);
                for (int s = 0; s < sentences.size(); s++) {
                    assertThat(stored.sentenceVectors().get(p).get(s)).containsExactly(Vectors.normalized(sentences.get(s)));
                }
            }
            assertThat(new StoryStore(t.database).storedStory("no-such-story")).isEmpty();
        }
    }

    @Test
    void should_keep_replies_votes_and_conversations_in_the_answer_log() {
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
            var assistant = t.assistant();
            Reply first = assistant.ask(new Question("Who turned down the resignation?", "talk-1", null, "test", "user-1"));
            Reply next = assistant.ask(new Question("When did he offer it?", "talk-1", null, "test", "user-1"));
            assistant.ask(new Question("What is the capital of France?", "talk-2", null, "test", "user-2"));
            assertThat(first).isInstanceOf(Reply.Answered.class);
            assertThat(next.answerId()).isGreaterThan(first.answerId());

            AnswerLog answers = t.root.answers();
            assertThat(answers.history("talk-1", 6)).extracting(AnswerRecord::question)
                    .containsExactly("Who turned down the resignation?", "When did he offer it?");
            AnswerRecord stored = answers.find(first.answerId()).orElseThrow();
            assertThat(stored.shortAnswer()).isNotBlank();
            assertThat(stored.userHash()).isNotBlank().doesNotContain("user-1");
            assertThat(stored.citationsJson()).contains("sessions-offered-resignation");

            assertThat(answers.vote(first.answerId(), "user-1", -1)).isTrue();
            assertThat(answers.vote(first.answerId(), "user-1", 1)).as("a later vote replaces an earlier one").isTrue();
            assertThat(answers.vote(first.answerId(), "user-2", -1)).isTrue();
            assertThat(answers.vote(-5, "user-2", -1)).isFalse();
            AnswerLog.Totals totals = answers.totals();
            assertThat(totals.answered() + totals.abstained()).isEqualTo(3);
            assertThat(totals.up()).isEqualTo(1);
            assertThat(totals.down()).isEqualTo(1);
            assertThat(answers.latestDownvoted(5)).extracting(AnswerRecord::id).containsExactly(first.answerId());
        }
    }

    @Test
    void should_migrate_once_and_find_everything_when_opened_again() throws Exception {
        String fingerprint;
        long replyId;
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            t.ingestor.ingest(List.of(SharedData.seedStory()));
            fingerprint = new StoryStore(t.database).fingerprint();
            replyId = t.assistant().ask(new Question("Who turned down the resignation?", "talk", null, "test", null)).answerId();
            assertThat(versions(t.database)).isEqualTo(Migrations.SCRIPTS.size());
        }
        try (TestLibrary again = reopen(dir.resolve("data"))) {
            assertThat(versions(again.database)).as("nothing migrated twice").isEqualTo(Migrations.SCRIPTS.size());
            assertThat(new StoryStore(again.database).fingerprint()).isEqualTo(fingerprint);
            assertThat(again.library.indexed("sessions-offered-resignation").paragraphs()).isPositive();
            assertThat(again.root.answers().find(replyId)).isPresent();
            long later = again.assistant().ask(new Question("Who offered to resign?", "talk", null, "test", null)).answerId();
            assertThat(later).as("numbers go on after a restart").isGreaterThan(replyId);
            assertThat(again.root.answers().history("talk", 6)).hasSize(2);
        }
    }

    @Test
    void should_leave_nothing_of_a_story_write_that_is_not_committed() throws Exception {
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            Story story = parse(t, "second", SECOND);
            StoryStore store = new StoryStore(t.database);
            try (StoryStore.PendingWrite write = store.prepareSave(story, t.ingestor.embed(story))) {
                assertThat(write).isNotNull(); // closed without commit: rolled back
            }
            assertThat(store.stories()).isEmpty();
            assertThat(store.paragraphCount()).isZero();
            assertThat(store.vectorCount()).isZero();
        }
    }

    @Test
    void should_keep_followed_feeds_and_their_items_across_a_restart_and_forget_them_when_unfollowed() {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 2, 3, 0, 0, 0, ZoneOffset.UTC);
        String url = "https://news.example/rss.xml";
        String page = "https://news.example/";
        String a = "https://news.example/a";
        String b = "https://news.example/b";
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            FeedStore feeds = new FeedStore(t.database);
            assertThat(feeds.follow(url, page, "News", at)).isTrue();
            assertThat(feeds.follow(url, page, "Other", at)).isFalse();
            feeds.polled(url, "Example News", "\"abc\"", "Wed, 02 Dec 2026 03:00:00 GMT", at.plusMinutes(15));
            feeds.item(url, a, "story-a", at);
            feeds.item(url, b, null, at); // a failed attempt
            feeds.pollFailed(url, "the server answered 503", at.plusMinutes(30));
        }
        try (TestLibrary t = reopen(dir.resolve("data"))) {
            FeedStore feeds = new FeedStore(t.database);
            FollowedFeed feed = feeds.feed(page).orElseThrow();
            assertThat(feed).extracting(FollowedFeed::url, FollowedFeed::title, FollowedFeed::etag, FollowedFeed::lastModified,
                    FollowedFeed::failures, FollowedFeed::lastError).containsExactly(url, "Example News", "\"abc\"",
                    "Wed, 02 Dec 2026 03:00:00 GMT", 1, "the server answered 503");
            assertThat(feed.polledAt().toInstant()).isEqualTo(at.plusMinutes(30).toInstant());
            assertThat(feeds.settled(url, 3)).containsExactly(a);
            feeds.item(url, b, null, at);
            feeds.item(url, b, null, at);
            assertThat(feeds.settled(url, 3)).containsExactlyInAnyOrder(a, b);
            feeds.polled(url, null, null, null, at.plusHours(1));
            assertThat(feeds.feed(url).orElseThrow()).extracting(FollowedFeed::title, FollowedFeed::etag, FollowedFeed::failures)
                    .containsExactly("Example News", null, 0);

            assertThat(feeds.unfollow(page)).isTrue();
            assertThat(feeds.feeds()).isEmpty();
            assertThat(feeds.settled(url, 3)).isEmpty();
            feeds.item(url, a, "story-a", at); // an item of a feed unfollowed meanwhile: nothing is written
            assertThat(feeds.settled(url, 3)).isEmpty();
        }
    }

    @Test
    void should_forget_a_process_dead_for_a_week_when_another_joins_and_keep_one_that_died_lately() {
        try (TestLibrary t = newLibrary(dir.resolve("data"))) {
            BotProcesses processes = new BotProcesses(t.database);
            BotProcess longDead = new BotProcess("long-dead", "old-host", 11, Instant.parse("2026-11-01T00:00:00Z"), List.of(0), 1, "",
                    Duration.ofSeconds(15));
            BotProcess lately = new BotProcess("lately", "old-host", 12, Instant.parse("2026-11-30T00:00:00Z"), List.of(0), 1, "",
                    Duration.ofSeconds(15));
            processes.beat(longDead);
            processes.beat(lately);
            t.database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE bot_process SET heartbeat_at = heartbeat_at - INTERVAL '8' DAY WHERE id = 'long-dead'");
                    return s.executeUpdate("UPDATE bot_process SET heartbeat_at = heartbeat_at - INTERVAL '6' DAY WHERE id = 'lately'");
                }
            });

            processes.beat(BotProcess.current(List.of(0), 1, "", Duration.ofSeconds(15)));

            assertThat(processes.list()).extracting(seen -> seen.process().id()).containsExactly("lately",
                    BotProcess.current(List.of(0), 1, "", Duration.ofSeconds(15)).id());
        }
    }

    private static int versions(Database database) {
        return database.query(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    Story parse(TestLibrary t, String folder, String text) throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(ID + ".txt");
        Files.writeString(file, text);
        return t.ingestor.parse(file).get(0);
    }
}
