package org.storybot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key goes from the environment variable the settings name to the Authorization header, and nowhere else. */
class LanguageModelsTest {

    private static final String KEY = "k9-Stub-Secret-4471-qa";

    @Test
    void should_send_the_key_from_the_named_variable_and_never_log_it() {
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OPENAI)) {
            LanguageModel model = new LanguageModels(Map.of("STORYBOT_TEST_LLM_KEY", KEY))
                    .open(stub.config(10, "STORYBOT_TEST_LLM_KEY"));

            List<String> logs = capturingAllLogs(() -> {
                stub.replies("Fine [1].");
                ModelReply good = model.reply("system", "user");
                stub.fails(500, "upstream rejected key " + KEY + " (Authorization: Bearer " + KEY + ")");
                ModelReply failed = model.reply("system", "user");
                return List.of(good, failed);
            });

            assertThat(stub.requests()).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY));
            assertThat(logs).anySatisfy(line -> assertThat(line).contains("failed (server_error)", "[hidden]"));
            assertThat(logs).noneSatisfy(line -> assertThat(line).contains(KEY));
        }
    }

    @Test
    void should_send_no_authorization_when_the_named_variable_is_unset() {
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OPENAI)) {
            LanguageModel model = new LanguageModels(Map.of()).open(stub.config(10, "STORYBOT_TEST_LLM_KEY"));
            stub.replies("Fine [1].");

            ModelReply reply = model.reply("system", "user");

            assertThat(reply).isEqualTo(new ModelReply.Text("Fine [1]."));
            assertThat(stub.lastRequest().header("Authorization")).isNull();
        }
    }

    @Test
    void should_send_the_settings_to_ollama_without_streaming() {
        try (ModelStub stub = ModelStub.start(ModelStub.Protocol.OLLAMA)) {
            LanguageModel model = new LanguageModels(Map.of("STORYBOT_TEST_LLM_KEY", KEY))
                    .open(stub.config(10, "STORYBOT_TEST_LLM_KEY"));
            stub.replies("<think>The passages say so.</think>Fine [1].");

            ModelReply reply = model.reply("the system prompt", "the user prompt");

            assertThat(reply).isEqualTo(new ModelReply.Text("Fine [1]."));
            ModelStub.Request request = stub.lastRequest();
            assertThat(request.json().path("model").asText()).isEqualTo("llama3.1:8b");
            assertThat(request.json().path("stream").asBoolean(true)).isFalse();
            assertThat(request.json().path("options").path("temperature").asDouble()).isEqualTo(0.1);
            assertThat(request.message("system")).isEqualTo("the system prompt");
            assertThat(request.message("user")).isEqualTo("the user prompt");
            assertThat(request.header("Authorization")).isNull(); // the key is for OpenAI-compatible servers only
        }
    }

    /** Runs {@code action} with every logger at TRACE, returning each line logged meanwhile (with stack traces). */
    private static List<String> capturingAllLogs(Supplier<?> action) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<Logger> loggers = List.of(root, (Logger) LoggerFactory.getLogger("org.storybot"),
                (Logger) LoggerFactory.getLogger("dev.langchain4j"));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        loggers.forEach(l -> l.setLevel(Level.TRACE));
        try {
            action.get();
        } finally {
            root.detachAppender(appender);
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
            }
        }
        return appender.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
    }
}
