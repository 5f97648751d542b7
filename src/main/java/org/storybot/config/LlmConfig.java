package org.storybot.config;

public record LlmConfig(
        Provider provider,
        String baseUrl,
        String model,
        String apiKeyEnv,
        int timeoutSeconds,
        double temperature) {

    public enum Provider { OFFLINE, OPENAI, OLLAMA }

    public LlmConfig {
        Checks.notNull("llm.provider", provider);
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv.strip();
        Checks.range("llm.timeout-seconds", timeoutSeconds, 1, 600);
        Checks.range("llm.temperature", temperature, 0, 2);
        if (provider != Provider.OFFLINE) {
            if (baseUrl.isEmpty()) {
                throw new ConfigException("llm.base-url", "must be set when llm.provider is " + provider.name().toLowerCase());
            }
            if (!baseUrl.matches("(?i)https?://.+")) {
                throw new ConfigException("llm.base-url", "must start with http:// or https://, got \"" + baseUrl + "\"");
            }
            if (model.isEmpty()) {
                throw new ConfigException("llm.model", "must be set when llm.provider is " + provider.name().toLowerCase());
            }
        }
    }
}
