package org.storybot.config;

import java.nio.file.Path;

/** All settings, as read from config/storybot.yaml and the environment. */
public record StorybotConfig(
        Path dataDir,
        Path storiesDir,
        Path promptsDir,
        IngestConfig ingest,
        RetrievalConfig retrieval,
        AnswerConfig answer,
        LlmConfig llm,
        DiscordConfig discord) {

    public StorybotConfig withDataDir(Path dir) {
        return new StorybotConfig(dir, storiesDir, promptsDir, ingest, retrieval, answer, llm, discord);
    }

    public StorybotConfig withLlm(LlmConfig other) {
        return new StorybotConfig(dataDir, storiesDir, promptsDir, ingest, retrieval, answer, other, discord);
    }
}
