package org.storybot.config;

public record RetrievalConfig(int passages, int searchHits) {

    public RetrievalConfig {
        Checks.range("retrieval.passages", passages, 1, 20);
        Checks.range("retrieval.search-hits", searchHits, 1, 100);
    }
}
