package org.storybot.discord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Faults the fake Discord's REST API injects: the next calls that match a method and a path
 * pattern get the answer a test chose (a 429 with Discord's headers and body, a 5xx, an expired
 * interaction's 404) instead of the fake's usual one. Thread-safe. Every call the fake serves is
 * also noted here with the time it arrived, so a test can tell how long the bot waited.
 */
final class FakeFaults {

    /** An answer to inject: status, headers, JSON body (or null). */
    record Answer(int status, Map<String, String> headers, String body) {

        Answer {
            headers = Map.copyOf(headers);
        }

        byte[] bytes() {
            return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        }

        /** Discord's 429 for one route: its rate-limit headers and {@code {"retry_after": s, "global": false}}. */
        static Answer tooManyRequests(double retryAfterSeconds) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Via", "1.1 google"); // Javacord reads a 429 without it as a Cloudflare ban
            headers.put("Retry-After", String.valueOf((long) Math.ceil(retryAfterSeconds)));
            headers.put("X-RateLimit-Limit", "5");
            headers.put("X-RateLimit-Remaining", "0");
            headers.put("X-RateLimit-Reset", String.valueOf(Instant.now().toEpochMilli() / 1000.0 + retryAfterSeconds));
            headers.put("X-RateLimit-Reset-After", String.valueOf(retryAfterSeconds));
            headers.put("X-RateLimit-Bucket", "fake-bucket");
            headers.put("X-RateLimit-Scope", "user");
            return new Answer(429, headers, "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds
                    + ",\"global\":false}");
        }

        /** A 5xx as Discord's edge sends one. */
        static Answer serverError(int status) {
            return new Answer(status, Map.of(), "{\"message\":\"" + status + ": Server Error\",\"code\":0}");
        }

        /** What Discord answers for a callback to an interaction older than its token's life. */
        static Answer unknownInteraction() {
            return new Answer(404, Map.of(), "{\"message\":\"Unknown interaction\",\"code\":10062}");
        }

        /** What Discord answers for a webhook call with an interaction token that has expired. */
        static Answer unknownWebhook(int status) {
            return new Answer(status, Map.of(), "{\"message\":\"Unknown Webhook\",\"code\":10015}");
        }
    }

    /** A call as it arrived: method, path and when. */
    record Arrival(String method, String path, Instant at) {
    }

    private static final class Rule {
        final String method;
        final Pattern path;
        final Answer answer;
        int left;

        Rule(String method, Pattern path, Answer answer, int times) {
            this.method = method;
            this.path = path;
            this.answer = answer;
            this.left = times;
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<Arrival> arrivals = new ArrayList<>();

    /** The next call of {@code method} on a path matching {@code pathPattern} gets {@code answer}. */
    void failNext(String method, String pathPattern, Answer answer) {
        failNext(method, pathPattern, answer, 1);
    }

    /** The next {@code times} such calls get {@code answer} (Integer.MAX_VALUE: every one). */
    synchronized void failNext(String method, String pathPattern, Answer answer, int times) {
        rules.add(new Rule(method, Pattern.compile(pathPattern), answer, times));
    }

    /** Notes a call and returns the injected answer for it, if a rule takes it. */
    synchronized Optional<Answer> answer(String method, String path) {
        arrivals.add(new Arrival(method, path, Instant.now()));
        for (Rule rule : rules) {
            if (rule.left > 0 && rule.method.equals(method) && rule.path.matcher(path).matches()) {
                rule.left--;
                return Optional.of(rule.answer);
            }
        }
        return Optional.empty();
    }

    /** The calls of {@code method} on {@code path} so far, in order, with when they arrived. */
    synchronized List<Arrival> arrivals(String method, String path) {
        return arrivals.stream().filter(a -> a.method().equals(method) && a.path().equals(path)).toList();
    }
}
