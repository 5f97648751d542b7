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
        DiscordConfig discord,
        StoreConfig store,
        FeedsConfig feeds) {

    public StorybotConfig {
        store = store == null ? StoreConfig.EMBEDDED : store;
        feeds = feeds == null ? FeedsConfig.DEFAULT : feeds;
    }

    public StorybotConfig withDataDir(Path dir) {
        return new StorybotConfig(dir, storiesDir, promptsDir, ingest, retrieval, answer, llm, discord, store, feeds);
    }

    public StorybotConfig withLlm(LlmConfig other) {
        return new StorybotConfig(dataDir, storiesDir, promptsDir, ingest, retrieval, answer, other, discord, store, feeds);
    }

    /** The same settings over another store: {@link StoreConfig#EMBEDDED} for a scratch library of one's own. */
    public StorybotConfig withStore(StoreConfig other) {
        return new StorybotConfig(dataDir, storiesDir, promptsDir, ingest, retrieval, answer, llm, discord, other, feeds);
    }
}
