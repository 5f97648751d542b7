package org.storybot.config;

/**
 * How stories come in: the size limit for one file or page, and how links are fetched.
 *
 * @param allowPrivateAddresses whether links may lead to private, loopback or link-local addresses
 *     (off, so that {@code /ingest url:} cannot probe the bot's own network; tests turn it on)
 * @param membersMayAddLinks whether every Discord member may add links, not only those who can manage the server
 */
public record IngestConfig(
        int maxFileMb,
        int connectTimeoutSeconds,
        int readTimeoutSeconds,
        boolean allowPrivateAddresses,
        boolean membersMayAddLinks) {

    public IngestConfig {
        Checks.range("ingest.max-file-mb", maxFileMb, 1, 1024);
        Checks.range("ingest.connect-timeout-seconds", connectTimeoutSeconds, 1, 300);
        Checks.range("ingest.read-timeout-seconds", readTimeoutSeconds, 1, 600);
    }

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
