package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.javacord.api.exception.DiscordException;
import org.javacord.api.util.rest.RestRequestResponseInformation;

/**
 * Why Discord did not take something the bot sent, read from what Javacord reports; it decides
 * whether another try is worth it. Javacord itself waits out and repeats a 429 (by the bucket's
 * {@code retry_after}); it passes every other error status on at once, a 5xx included.
 */
sealed interface SendFailure {

    /** Discord's error codes for an interaction whose token is no longer valid (it lives 15 minutes). */
    int UNKNOWN_WEBHOOK = 10015;
    int UNKNOWN_INTERACTION = 10062;
    int INVALID_WEBHOOK_TOKEN = 50027;

    /** One line for the log: the status and Discord's own words, never a stack trace. */
    String describe();

    /** The interaction's token has run out (or Discord never knew it): nothing more can be sent for it. */
    record Expired(int status, int code, String message) implements SendFailure {
        @Override
        public String describe() {
            return "the interaction has expired (Discord answered " + status + ", " + code + " " + message + ")";
        }
    }

    /** Discord failed on its side (5xx): the one kind worth trying again. */
    record ServerError(int status, String message) implements SendFailure {
        @Override
        public String describe() {
            return "Discord answered " + status + (message.isEmpty() ? "" : " " + message);
        }
    }

    /** Discord refused the request (a 4xx): the same request would be refused again. */
    record Refused(int status, int code, String message) implements SendFailure {
        @Override
        public String describe() {
            return "Discord refused it with " + status + (code == 0 ? "" : ", " + code) + (message.isEmpty() ? "" : " " + message);
        }
    }

    /** No answer from Discord at all: the connection failed, or the request never left. */
    record NoAnswer(String why) implements SendFailure {
        @Override
        public String describe() {
            return "no answer from Discord (" + why + ")";
        }
    }

    default boolean worthRetrying() {
        return this instanceof ServerError;
    }

    /** What {@code failure}, as a Javacord future completes with it, says. */
    static SendFailure of(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof Undelivered undelivered) {
            return undelivered.why();
        }
        if (e instanceof DiscordException discord && discord.getResponse().isPresent()) {
            RestRequestResponseInformation response = discord.getResponse().get();
            int status = response.getCode();
            JsonNode body = errorBody(response.getBody().orElse(""));
            int code = body.path("code").asInt(0);
            String message = body.path("message").asText("");
            if (code == UNKNOWN_WEBHOOK || code == UNKNOWN_INTERACTION || code == INVALID_WEBHOOK_TOKEN) {
                return new Expired(status, code, message);
            }
            return status >= 500 ? new ServerError(status, message) : new Refused(status, code, message);
        }
        return new NoAnswer(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    private static JsonNode errorBody(String body) {
        try {
            return JsonMapper.builder().build().readTree(body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JsonMapper.builder().build().createObjectNode(); // an HTML error page from a proxy, say
        }
    }
}
