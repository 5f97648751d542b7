package org.storybot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storybot.answer.LanguageModels;
import org.storybot.answer.ModelStub;
import org.storybot.answer.Prompts;
import org.storybot.answer.Tagger;

/** Follow-ups through the condense prompt, against a local server speaking each provider's protocol, and the fallback. */
class LanguageModelRewriterTest {

    private static final String FOLLOW_UP = "When did he make it?";
    private static final List<QuestionRewriter.Turn> HISTORY = List.of(new QuestionRewriter.Turn(
            "Who turned down Sessions's offer to resign?", "Who turned down Sessions's offer to resign?",
            "President Trump allegedly turned down the Attorney General’s offer. [1]", null, "insiders-suggest"));

    private static Prompts prompts;
    private static EntityCarryOver offline;

    @BeforeAll
    static void load() {
        prompts = Prompts.load(Path.of("prompts"));
        offline = new EntityCarryOver(new Tagger());
    }

    private static LanguageModelRewriter rewriter(ModelStub stub) {
        return new LanguageModelRewriter(new LanguageModels(Map.of()).open(stub.config(10, "")), prompts, offline, 200);
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_make_a_follow_up_stand_alone_with_the_condense_prompt(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.replies("Standalone question: “When did Jeff Sessions offer to resign?”");

            String standalone = rewriter(stub).standalone(FOLLOW_UP, HISTORY);

            assertThat(standalone).isEqualTo("When did Jeff Sessions offer to resign?");
            assertThat(stub.lastRequest().message("user")).contains(
                    "```conversation\nReader: Who turned down Sessions's offer to resign?\n"
                            + "storybot: President Trump allegedly turned down the Attorney General’s offer.\n```",
                    "```question\n" + FOLLOW_UP + "\n```");
            assertThat(stub.lastRequest().message("system")).as("the answer prompt's rules do not apply").isNull();
        }
    }

    @Test
    void should_not_ask_the_model_when_there_is_no_conversation() {
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OPENAI)) {
            stub.replies("Something else entirely?");

            String standalone = rewriter(stub).standalone("Who turned down the offer?", List.of());

            assertThat(standalone).isEqualTo("Who turned down the offer?");
            assertThat(stub.requests()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ModelStub.Protocol.class)
    void should_carry_names_over_offline_when_the_model_fails(ModelStub.Protocol protocol) {
        try (ModelStub stub = ModelStub.start(protocol)) {
            stub.fails(500, "boom");

            String standalone = rewriter(stub).standalone(FOLLOW_UP, HISTORY);

            assertThat(standalone).isEqualTo(offline.standalone(FOLLOW_UP, HISTORY)).isNotEqualTo(FOLLOW_UP);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "When did Jeff Sessions offer to resign?\nHe offered in recent weeks [1].", "NOT_IN_STORY",
        "I'm sorry, I can't rewrite that.", "When did Jeff Sessions offer to resign, and how long had he been "
            + "Attorney General by then, and what did President Trump say, and what did the White House say, and what did "
            + "the New York Times report about it, and who else was told about it at the time?"})
    void should_carry_names_over_offline_when_the_reply_is_not_one_short_question(String reply) {
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OPENAI)) {
            stub.replies(reply);

            String standalone = rewriter(stub).standalone(FOLLOW_UP, HISTORY);

            assertThat(standalone).isEqualTo(offline.standalone(FOLLOW_UP, HISTORY));
        }
    }
}
