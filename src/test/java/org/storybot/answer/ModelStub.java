package org.storybot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.config.LlmConfig;

/**
 * A language-model server on 127.0.0.1 that speaks one provider's real wire protocol: OpenAI chat
 * completions (POST /v1/chat/completions) or Ollama chat (POST /api/chat), non-streaming. It
 * records every request and answers as the test tells it: a reply text, an HTTP error, a body that
 * is not JSON, or a reply that comes too late. Anything but the provider's path gets a 404.
 */
public final class ModelStub implements AutoCloseable {

    public enum Protocol {
        OPENAI("/v1/chat/completions"), OLLAMA("/api/chat");

        final String path;

        Protocol(String path) {
            this.path = path;
        }
    }

    /** A request as the stub saw it. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text of the first message with {@code role} (system, user). */
        public String message(String role) {
            for (JsonNode m : json().path("messages")) {
                if (m.path("role").asText().equals(role)) {
                    return m.path("content").asText();
                }
            }
            return null;
        }

        /** The marker [n] of the passage that holds {@code words}, as the request numbered it. */
        public int marker(String words) {
            String user = message("user");
            Matcher m = PASSAGE.matcher(user);
            while (m.find()) {
                if (m.group(2).contains(words)) {
                    return Integer.parseInt(m.group(1));
                }
            }
            throw new AssertionError("no passage holds “" + words + "” in the request:\n" + user);
        }

        /** How many passages the request gave. */
        public int passageCount() {
            Matcher m = PASSAGE.matcher(message("user"));
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    }

    /** What to send back: a status, a body, and how long to wait first. */
    public record Response(int status, String body, Duration delay) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern PASSAGE = Pattern.compile("(?m)^\\[(\\d+)] from “[^”]*”, paragraph \\d+:\\n(.*)$");

    private final Protocol protocol;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private volatile Function<Request, Response> responder = r -> new Response(500, "{}", Duration.ZERO);

    private ModelStub(Protocol protocol) throws IOException {
        this.protocol = protocol;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static ModelStub start(Protocol protocol) {
        try {
            return new ModelStub(protocol);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The base URL as a user would configure it: up to /v1 for OpenAI-compatible servers, the host for Ollama. */
    public String baseUrl() {
        String host = "http://127.0.0.1:" + server.getAddress().getPort();
        return protocol == Protocol.OPENAI ? host + "/v1" : host;
    }

    /** Settings for this stub, the API key read from the variable {@code apiKeyEnv}. */
    public LlmConfig config(int timeoutSeconds, String apiKeyEnv) {
        LlmConfig.Provider provider = protocol == Protocol.OPENAI ? LlmConfig.Provider.OPENAI : LlmConfig.Provider.OLLAMA;
        String model = protocol == Protocol.OPENAI ? "gpt-4o-mini" : "llama3.1:8b";
        return new LlmConfig(provider, baseUrl(), model, apiKeyEnv, timeoutSeconds, 0.1);
    }

    /** Answers every request with a reply text made from the request. */
    public void replies(Function<Request, String> text) {
        responder = r -> new Response(200, reply(text.apply(r)), Duration.ZERO);
    }

    public void replies(String text) {
        replies(r -> text);
    }

    /** Answers with the provider's error body under {@code status}. */
    public void fails(int status, String message) {
        responder = r -> new Response(status, error(message), Duration.ZERO);
    }

    /** Answers with exactly this status and body. */
    public void sends(int status, String body) {
        responder = r -> new Response(status, body, Duration.ZERO);
    }

    /** Answers correctly, but only after {@code delay}. */
    public void repliesAfter(Duration delay, String text) {
        responder = r -> new Response(200, reply(text), delay);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request lastRequest() {
        List<Request> all = requests();
        if (all.isEmpty()) {
            throw new AssertionError("the stub got no request");
        }
        return all.get(all.size() - 1);
    }

    /** A chat reply in the provider's JSON. */
    public String reply(String content) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        ObjectNode body = JSON.createObjectNode();
        if (protocol == Protocol.OPENAI) {
            body.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", 1_764_000_000L)
                    .put("model", "gpt-4o-mini");
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0).set("message", message);
            choice.put("finish_reason", "stop");
            body.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 40).put("total_tokens", 940);
        } else {
            body.put("model", "llama3.1:8b").put("created_at", "2026-11-27T10:00:00.000000Z").set("message", message);
            body.put("done_reason", "stop").put("done", true).put("total_duration", 1_200_000_000L)
                    .put("prompt_eval_count", 900).put("eval_count", 40);
        }
        return body.toString();
    }

    /** An error body as the provider sends it. */
    public String error(String message) {
        if (protocol == Protocol.OPENAI) {
            ObjectNode body = JSON.createObjectNode();
            body.putObject("error").put("message", message).put("type", "server_error").putNull("code");
            return body.toString();
        }
        return JSON.createObjectNode().put("error", message).toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            synchronized (this) {
                requests.add(request);
            }
            Response response = !request.method().equals("POST") || !request.path().equals(protocol.path)
                    ? new Response(404, error("no such endpoint: " + request.path()), Duration.ZERO)
                    : responder.apply(request);
            if (!response.delay().isZero()) {
                try {
                    Thread.sleep(response.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return; // the stub is closing
                }
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client went away (a time-out test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
