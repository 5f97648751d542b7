package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.answer.ModelStub;
import org.storybot.support.Cli;
import org.storybot.support.TestLibrary;

/** `ask` with a language model configured through the environment, as a user runs it, against a local stub server. */
class LanguageModelCommandsTest {

    private static final String KEY = "k9-Stub-Secret-4471-cli";
    private static final String TURNED_DOWN = "President Trump allegedly turned down the Attorney General’s offer";

    @TempDir
    Path dir;

    private Map<String, String> env(ModelStub stub) {
        Map<String, String> env = new HashMap<>();
        env.put("STORYBOT_LLM_PROVIDER", stub.protocol().name().toLowerCase());
        env.put("STORYBOT_LLM_BASE_URL", stub.baseUrl());
        env.put("STORYBOT_LLM_MODEL", stub.protocol() == ModelStub.Protocol.OPENAI ? "gpt-4o-mini" : "llama3.1:8b");
        env.put("STORYBOT_LLM_API_KEY_ENV", "STORYBOT_TEST_LLM_KEY");
        env.put("STORYBOT_TEST_LLM_KEY", KEY);
        return env;
    }

    @Test
    void should_answer_through_an_openai_compatible_server_with_the_key_from_the_environment() throws Exception {
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OPENAI)) {
            stub.replies(r -> TURNED_DOWN + " [" + r.marker("turned down") + "][9].");

            Cli.Run run = Cli.run(env(stub), null, "ask", "--data-dir=" + dir.resolve("data"), "--json",
                    "Who turned down Sessions's offer to resign?");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode line = TestLibrary.JSON.readTree(run.out().strip());
            assertThat(line.get("status").asText()).isEqualTo("answered");
            assertThat(line.get("answer").asText()).startsWith(TURNED_DOWN + ". [1]").doesNotContain("[9]");
            assertThat(line.get("citations")).hasSize(1);
            assertThat(line.get("citations").get(0).get("quote").asText())
                    .isEqualTo("The President allegedly turned down the Attorney General’s offer.");
            assertThat(stub.lastRequest().header("Authorization")).isEqualTo("Bearer " + KEY);
            assertThat(run.out() + run.err()).doesNotContain(KEY);
        }
    }

    @Test
    void should_make_a_follow_up_stand_alone_through_ollama_before_answering_it() throws Exception {
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OLLAMA)) {
            stub.replies(r -> {
                String user = r.message("user");
                if (user.contains("```conversation")) {
                    return "When did Jeff Sessions offer to resign?";
                }
                if (user.contains("```question\nWhen did Jeff Sessions offer to resign?")) {
                    return "Insiders said that in recent weeks, Sessions had offered to resign from his position ["
                            + r.marker("in recent weeks") + "].";
                }
                return TURNED_DOWN + " [" + r.marker("turned down") + "].";
            });

            Cli.Run run = Cli.run(env(stub), "Who turned down Sessions's offer to resign?\nWhen did he make it?\n",
                    "ask", "--data-dir=" + dir.resolve("data"), "--json", "--conversation");

            assertThat(run.exitCode()).as(run.err()).isZero();
            List<String> lines = run.out().strip().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(TestLibrary.JSON.readTree(lines.get(0)).get("answer").asText()).startsWith(TURNED_DOWN + ". [1]");
            JsonNode followUp = TestLibrary.JSON.readTree(lines.get(1));
            assertThat(followUp.get("question").asText()).isEqualTo("When did he make it?");
            assertThat(followUp.get("answer").asText())
                    .startsWith("Insiders said that in recent weeks, Sessions had offered to resign from his position. [1]");
            assertThat(stub.requests()).hasSize(3);
            assertThat(stub.requests().get(1).message("user")).contains("Reader: Who turned down Sessions's offer to resign?",
                    "```question\nWhen did he make it?\n```");
        }
    }

    @Test
    void should_stop_with_the_name_of_a_missing_prompt_file() throws Exception {
        Path prompts = Files.createDirectories(dir.resolve("no-prompts"));
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OPENAI)) {
            Map<String, String> env = env(stub);
            env.put("STORYBOT_PROMPTS_DIR", prompts.toString());

            Cli.Run run = Cli.run(env, null, "ask", "--data-dir=" + dir.resolve("data"), "Who turned down the offer?");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("storybot: config key prompts-dir: the prompt file "
                    + prompts.resolve("system.txt") + " is missing");
            assertThat(stub.requests()).isEmpty();
        }
    }
}
