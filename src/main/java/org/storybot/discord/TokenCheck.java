package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Asks Discord who a token belongs to before logging in, so that a wrong token and an unreachable
 * Discord each get a clear message at once (Javacord reports both only as a login that never
 * becomes ready). Messages never contain the token.
 */
public final class TokenCheck {

    /** What Discord said about the token. */
    public sealed interface Outcome {

        /** The token is a bot's: its user id and name. */
        record Valid(long botId, String botName) implements Outcome {
        }

        /** Discord refused the token. */
        record Refused(int status) implements Outcome {
        }

        /** Discord could not be asked, or answered something unexpected. */
        record Unreachable(String detail) implements Outcome {
        }
    }

    private final DiscordHttp http;
    private final ObjectMapper json;

    public TokenCheck(ObjectMapper json) {
        this(new DiscordHttp(), json);
    }

    TokenCheck(DiscordHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    public Outcome check(String token) {
        if (token == null || token.isBlank() || token.strip().chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return new Outcome.Refused(401); // not even shaped like a token; a header could not carry it
        }
        try {
            DiscordHttp.Response response = http.getWithToken("users/@me", token.strip());
            if (response.status() == 401 || response.status() == 403) {
                return new Outcome.Refused(response.status());
            }
            if (response.status() != 200) {
                return new Outcome.Unreachable("Discord answered HTTP " + response.status());
            }
            JsonNode me = json.readTree(response.body());
            return new Outcome.Valid(me.path("id").asLong(), me.path("username").asText("storybot"));
        } catch (IOException e) {
            return new Outcome.Unreachable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Unreachable("interrupted");
        }
    }
}
