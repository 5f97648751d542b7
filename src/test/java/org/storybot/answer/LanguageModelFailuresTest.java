package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storybot.answer.LanguageModelComposerTest.QUESTION;
import static org.storybot.answer.LanguageModelComposerTest.TURNED_DOWN;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storybot.retrieval.Retrieval;

/**
 * The language-model composer when the model fails, against a local server speaking each
 * provider's real protocol: over its rate limit, a server error, too slow, a reply that is not
 * JSON, empty or a refusal, a server gone. Each time the reader gets the offline answer with a
 * notice that says why.
 */
class LanguageModelFailuresTest {

    @TempDir
    static Path dataDir;
    private static SeedStory seed;
    private static Retrieval retrieval;

    @BeforeAll
    static void openLibrary() {
        seed = new SeedStory(dataDir);
        retrieval = seed.retrieve(QUESTION);
    }

    @AfterAll
    static void closeLibrary() {
        seed.close();
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_answer_offline_with_a_notice_when_the_model_is_rate_limited(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.fails(429, "Rate limit reached for requests");

            Composition answer = seed.composer(stub, 10).answer(QUESTION, retrieval);

            assertOffline(answer, "The language model is over its rate limit right now, so this answer was composed "
                    + "offline from the story.");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_answer_offline_with_a_notice_when_the_server_fails(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.fails(500, "model runner crashed");

            Composition answer = seed.composer(stub, 10).answer(QUESTION, retrieval);

            assertOffline(answer, "The language model had a server error, so this answer was composed offline from the story.");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_answer_offline_with_a_notice_when_the_model_is_too_slow(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.repliesAfter(Duration.ofSeconds(5), TURNED_DOWN + " [1].");

            Composition answer = seed.composer(stub, 1).answer(QUESTION, retrieval);

            assertOffline(answer, "The language model did not answer in time, so this answer was composed offline from the story.");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_answer_offline_with_a_notice_when_the_reply_is_not_json(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.sends(200, "{\"choices\": [{\"message\": {\"content\": \"President Trump");

            Composition answer = seed.composer(stub, 10).answer(QUESTION, retrieval);

            assertOffline(answer, "The language model sent a reply that could not be read, so this answer was composed "
                    + "offline from the story.");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_answer_offline_with_a_notice_when_the_reply_is_empty(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.replies("  \n ");

            Composition answer = seed.composer(stub, 10).answer(QUESTION, retrieval);

            assertOffline(answer, "The language model sent an empty reply, so this answer was composed offline from the story.");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_answer_offline_with_a_notice_when_the_model_refuses(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.replies("I'm sorry, but I can't help with that request.");

            Composition answer = seed.composer(stub, 10).answer(QUESTION, retrieval);

            assertOffline(answer, "The language model declined to answer, so this answer was composed offline from the story.");
        }
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_answer_offline_with_a_notice_when_the_server_cannot_be_reached(ModelStub.Protocol protocol) {
        ModelStub gone = ModelStub.start(protocol);
        gone.close();

        Composition answer = seed.composer(gone, 10).answer(QUESTION, retrieval);

        assertOffline(answer, "The language model could not be reached, so this answer was composed offline from the story.");
    }

    private static void assertOffline(Composition answer, String notice) {
        Composition offline = seed.offline.answer(QUESTION, retrieval);
        assertThat(answer).isEqualTo(offline.withNotice(notice));
        assertThat(answer.notice()).isEqualTo(notice);
    }
}
