package org.storybot.store;

/**
 * The store's server cannot be reached (stopped, restarting, the network down): what reads it
 * needs waits or does without it, until {@link Database} sees it back.
 */
public final class StoreUnavailableException extends StoreException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
