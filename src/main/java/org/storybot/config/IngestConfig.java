package org.storybot.config;

public record IngestConfig(int maxFileMb) {

    public IngestConfig {
        Checks.range("ingest.max-file-mb", maxFileMb, 1, 1024);
    }

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
