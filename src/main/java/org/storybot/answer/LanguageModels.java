package org.storybot.answer;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storybot.config.LlmConfig;

/**
 * Makes the chat model that the llm settings name: any OpenAI-compatible server (OpenAI, vLLM,
 * llama.cpp's server, LM Studio) or Ollama. The API key is read from the environment variable that
 * {@code llm.api-key-env} names, only here, and is never logged; local servers may need none. No
 * retries: a failed call falls back to the offline composer at once rather than making the reader wait.
 */
public final class LanguageModels {

    private final Map<String, String> env;

    /** @param env the process environment (or a stand-in in tests) */
    public LanguageModels(Map<String, String> env) {
        this.env = env;
    }

    /** The model for {@code config}; its provider must not be offline. */
    public LanguageModel open(LlmConfig config) {
        String baseUrl = config.baseUrl().replaceAll("/+$", "");
        Duration timeout = Duration.ofSeconds(config.timeoutSeconds());
        String name = config.provider().name().toLowerCase(Locale.ROOT) + " " + config.model();
        return switch (config.provider()) {
            case OPENAI -> {
                String key = apiKey(config);
                ChatModel model = OpenAiChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(key)
                        .modelName(config.model())
                        .temperature(config.temperature())
                        .timeout(timeout)
                        .maxRetries(0)
                        .logRequests(false)
                        .logResponses(false)
                        .build();
                yield new LanguageModel(model, name, key == null ? List.of() : List.of(key));
            }
            case OLLAMA -> new LanguageModel(OllamaChatModel.builder()
                    .baseUrl(baseUrl)
                    .modelName(config.model())
                    .temperature(config.temperature())
                    .timeout(timeout)
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build(), name, List.of());
            case OFFLINE -> throw new IllegalArgumentException("the offline provider has no language model");
        };
    }

    /** The key from the variable named in the settings; null when that is unset or empty (local servers). */
    private String apiKey(LlmConfig config) {
        if (config.apiKeyEnv().isEmpty()) {
            return null;
        }
        String key = env.get(config.apiKeyEnv());
        return key == null || key.isBlank() ? null : key.strip();
    }
}
