package org.storybot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void should_document_every_key_of_the_shipped_settings_file() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("config/storybot.yaml"));
        List<String> undocumented = new ArrayList<>();
        int keys = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean isKey = line.matches("\\s*[a-z][a-z-]*:.*");
            boolean isSection = line.matches("[a-z][a-z-]*:\\s*");
            keys += isKey && !isSection ? 1 : 0;
            if (isKey && !isSection && (i == 0 || !lines.get(i - 1).strip().startsWith("#"))) {
                undocumented.add(line.strip());
            }
        }
        assertThat(keys).as("settings keys read from the file").isGreaterThan(10);
        assertThat(undocumented).as("keys without a comment above them").isEmpty();
    }

    @Test
    void should_load_the_shipped_file_with_its_documented_defaults() {
        StorybotConfig config = loader.load(dir, Path.of("config/storybot.yaml"), Map.of());
        assertThat(config.dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(config.llm().provider()).isEqualTo(LlmConfig.Provider.OFFLINE);
        assertThat(config.answer().maxQuestionChars()).isEqualTo(500);
        assertThat(config.discord().userQuestionsPerMinute()).isEqualTo(5);
        assertThat(loader.load(dir, dir.resolve("absent.yaml"), Map.of())).isEqualTo(config);
    }

    @Test
    void should_poll_feeds_every_15_minutes_announcing_nowhere_unless_a_channel_id_is_set() {
        assertThat(loader.load(dir, Path.of("config/storybot.yaml"), Map.of()).feeds()).isEqualTo(new FeedsConfig(15, ""));
        assertThat(loader.load(dir, Path.of("config/storybot.yaml"), Map.of("STORYBOT_FEEDS_POLL_MINUTES", "5",
                "STORYBOT_FEEDS_ANNOUNCE_CHANNEL", "123456789")).feeds()).isEqualTo(new FeedsConfig(5, "123456789"));
        assertThatThrownBy(() -> loader.load(dir, Path.of("config/storybot.yaml"),
                Map.of("STORYBOT_FEEDS_ANNOUNCE_CHANNEL", "#news"))).hasMessageContaining("feeds.announce-channel");
        assertThatThrownBy(() -> loader.load(dir, Path.of("config/storybot.yaml"),
                Map.of("STORYBOT_FEEDS_POLL_MINUTES", "0"))).hasMessageContaining("feeds.poll-minutes");
    }

    @Test
    void should_stop_on_an_unknown_key_naming_it() throws Exception {
        Path file = write("answer:\n  max-question-char: 100\n");
        assertThatThrownBy(() -> loader.load(dir, file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("answer.max-question-char")
                .hasMessageContaining("is not a known setting");
    }

    @Test
    void should_stop_on_a_bad_value_naming_the_key() throws Exception {
        assertThatThrownBy(() -> loader.load(dir, write("llm:\n  timeout-seconds: soon\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("llm.timeout-seconds");
        assertThatThrownBy(() -> loader.load(dir, write("answer:\n  max-question-chars: 0\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("answer.max-question-chars")
                .hasMessageContaining("between 10 and 20000");
        assertThatThrownBy(() -> loader.load(dir, write("llm:\n  provider: gpt\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("llm.provider");
        assertThatThrownBy(() -> loader.load(dir, write("llm:\n  provider: openai\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("llm.base-url");
        assertThatThrownBy(() -> loader.load(dir, write("just a string\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must hold a mapping");
    }

    @Test
    void should_let_environment_variables_override_any_key() {
        StorybotConfig config = loader.load(dir, null, Map.of(
                "STORYBOT_DATA_DIR", "/var/lib/storybot",
                "STORYBOT_LLM_TIMEOUT_SECONDS", "5",
                "STORYBOT_DISCORD_CHANNELS", "123456789, 987654321",
                "STORYBOT_LLM_PROVIDER", "ollama",
                "STORYBOT_LLM_BASE_URL", "http://localhost:11434",
                "STORYBOT_LLM_MODEL", "llama3.1:8b"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/storybot"));
        assertThat(config.llm().timeoutSeconds()).isEqualTo(5);
        assertThat(config.llm().provider()).isEqualTo(LlmConfig.Provider.OLLAMA);
        assertThat(config.discord().channels()).containsExactly("123456789", "987654321");
    }

    @Test
    void should_use_the_embedded_store_unless_a_postgresql_url_is_set() {
        assertThat(loader.load(dir, Path.of("config/storybot.yaml"), Map.of()).store().embedded()).isTrue();
        StoreConfig store = loader.load(dir, null, Map.of("STORYBOT_STORE_URL", "jdbc:postgresql://db.internal:5432/storybot",
                "STORYBOT_STORE_USER", "bot")).store();
        assertThat(store.embedded()).isFalse();
        assertThat(store.user()).isEqualTo("bot");
        assertThat(store.passwordEnv()).isEqualTo("STORYBOT_STORE_PASSWORD");
    }

    @Test
    void should_refuse_a_store_url_that_is_not_postgresql_or_holds_a_password() {
        assertThatThrownBy(() -> loader.load(dir, null, Map.of("STORYBOT_STORE_URL", "jdbc:mysql://db/storybot")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("store.url")
                .hasMessageContaining("jdbc:postgresql://host:port/database");
        assertThatThrownBy(() -> loader.load(dir, write("store:\n  url: jdbc:postgresql://db/s?user=a&password=hunter2\n"),
                Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("must not hold a password")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> loader.load(dir, null, Map.of("STORYBOT_STORE_URL", "jdbc:postgresql://a:hunter2@db/s")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must not hold a password");
        assertThatThrownBy(() -> loader.load(dir, null, Map.of("STORYBOT_STORE_URL", "jdbc:postgresql://db/s",
                "STORYBOT_STORE_PASSWORD_ENV", "not a name"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("store.password-env");
    }

    @Test
    void should_name_the_key_of_a_bad_environment_value() {
        assertThatThrownBy(() -> loader.load(dir, null, Map.of("STORYBOT_ANSWER_CONVERSATION_TURNS", "many")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("answer.conversation-turns");
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createTempFile(dir, "storybot", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
