package org.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.javacord.api.DiscordApi;
import org.javacord.api.exception.BadRequestException;
import org.javacord.api.exception.DiscordException;
import org.javacord.api.exception.MissingPermissionsException;
import org.javacord.api.exception.NotFoundException;
import org.javacord.api.util.rest.RestRequestInformation;
import org.javacord.api.util.rest.RestRequestResponseInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures of a send are tried again, how often, and what an undelivered send says. */
class ResendTest {

    private static final Resend QUICK = new Resend(3, Duration.ofMillis(1));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "500 | {\"message\":\"500: Internal Server Error\",\"code\":0} | ServerError",
        "502 | <html>Bad Gateway</html>                                | ServerError",
        "404 | {\"message\":\"Unknown interaction\",\"code\":10062}     | Expired",
        "404 | {\"message\":\"Unknown Webhook\",\"code\":10015}         | Expired",
        "401 | {\"message\":\"Invalid Webhook Token\",\"code\":50027}   | Expired",
        "400 | {\"message\":\"Invalid Form Body\",\"code\":50035}       | Refused",
        "403 | {\"message\":\"Missing Access\",\"code\":50001}          | Refused"})
    void should_read_what_discord_answered(int status, String body, String kind) {
        assertThat(SendFailure.of(new CompletionException(discord(status, body))).getClass().getSimpleName()).isEqualTo(kind);
    }

    @Test
    void should_try_a_5xx_three_times_in_all_then_say_so() {
        AtomicInteger tries = new AtomicInteger();
        CompletableFuture<String> sent = QUICK.send(failing(tries, 503, "{\"message\":\"Service Unavailable\"}"));

        assertThatThrownBy(sent::join).cause().isInstanceOf(Undelivered.class)
                .hasMessage("Discord answered 503 Service Unavailable");
        assertThat(tries).hasValue(3);
        assertThat(Undelivered.of(catchJoin(sent)).describe()).isEqualTo("Discord answered 503 Service Unavailable, after 3 attempts");
    }

    @Test
    void should_send_once_more_after_a_5xx_and_stop_at_the_first_success() {
        AtomicInteger tries = new AtomicInteger();
        CompletableFuture<String> sent = QUICK.send(() -> tries.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(discord(502, "")) : CompletableFuture.completedFuture("sent"));

        assertThat(sent.join()).isEqualTo("sent");
        assertThat(tries).hasValue(2);
    }

    @Test
    void should_not_try_an_expired_interaction_or_a_refusal_again() {
        AtomicInteger expired = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        Throwable gone = catchJoin(QUICK.send(failing(expired, 404, "{\"message\":\"Unknown Webhook\",\"code\":10015}")));
        catchJoin(QUICK.send(failing(refused, 400, "{\"message\":\"Invalid Form Body\",\"code\":50035}")));

        assertThat(expired).hasValue(1);
        assertThat(refused).hasValue(1);
        assertThat(Undelivered.of(gone).why()).isInstanceOf(SendFailure.Expired.class);
        assertThat(Undelivered.of(gone).describe())
                .isEqualTo("the interaction has expired (Discord answered 404, 10015 Unknown Webhook)");
    }

    @Test
    void should_refuse_a_policy_without_attempts() {
        assertThatThrownBy(() -> new Resend(0, Duration.ZERO)).hasMessageContaining("attempts");
    }

    private static Supplier<CompletableFuture<String>> failing(AtomicInteger tries, int status, String body) {
        return () -> {
            tries.incrementAndGet();
            return CompletableFuture.failedFuture(discord(status, body));
        };
    }

    private static Throwable catchJoin(CompletableFuture<?> future) {
        try {
            future.join();
            throw new AssertionError("the send did not fail");
        } catch (CompletionException e) {
            return e;
        }
    }

    /** What Javacord completes a request with when Discord answers {@code status} with {@code body}. */
    private static DiscordException discord(int status, String body) {
        RestRequestResponseInformation response = new RestRequestResponseInformation() {
            @Override
            public DiscordApi getApi() {
                return null;
            }

            @Override
            public RestRequestInformation getRequest() {
                return null;
            }

            @Override
            public int getCode() {
                return status;
            }

            @Override
            public Optional<String> getBody() {
                return Optional.of(body);
            }
        };
        String message = "Received a " + status + " response from Discord";
        return switch (status) { // Javacord insists on its exception for each status it names
            case 400 -> new BadRequestException(null, message, null, response);
            case 403 -> new MissingPermissionsException(null, message, null, response);
            case 404 -> new NotFoundException(null, message, null, response);
            default -> new DiscordException(null, message, null, response);
        };
    }
}
