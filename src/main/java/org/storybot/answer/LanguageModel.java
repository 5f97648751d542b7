package org.storybot.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chat model behind a call that never throws: a reply is its text, and every failure (time-out,
 * rate limit, server error, unreachable server, refusal, empty or unreadable reply) is a
 * {@link ModelReply.Failed} that says which, logged at WARN without secrets. Thread-safe.
 */
public final class LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(LanguageModel.class);

    /** Openings of a refusal. Only a reply with no citation marker counts, since a cited answer is an answer. */
    private static final Pattern REFUSAL = Pattern.compile("(?is)^\\W*(i['’]?m sorry|i am sorry|sorry,|i apologi[sz]e|"
            + "i can(?:['’]|no)t|i['’]?m (?:not able|unable)|i am (?:not able|unable)|i won['’]?t|i will not|"
            + "as an ai|unfortunately,? i (?:can|am|['’]m)).*");
    private static final Pattern MARKER = Pattern.compile("\\[\\s*\\d+");
    /** Reasoning that some local models (deepseek-r1, qwen3) print before their answer. */
    private static final Pattern THINKING = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern SECRET = Pattern.compile("(?i)(bearer\\s+|api[-_ ]?key[\"'=: ]+)[^\\s\"',}]+|\\b(sk|gsk|xai)-[A-Za-z0-9_-]{6,}");
    private static final int DETAIL_CHARS = 200;

    private final ChatModel model;
    private final String name;
    private final List<String> secrets;

    /**
     * @param name how logs name the model, e.g. "openai gpt-4o-mini"
     * @param secrets values never to show in a log line (the API key), should an error message echo them
     */
    public LanguageModel(ChatModel model, String name, List<String> secrets) {
        this.model = model;
        this.name = name;
        this.secrets = secrets.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    public String name() {
        return name;
    }

    /** One exchange: {@code system} (or none when null) and {@code user} in, the reply or its failure out. */
    public ModelReply reply(String system, String user) {
        ChatResponse response;
        try {
            List<ChatMessage> messages = system == null
                    ? List.of(UserMessage.from(user))
                    : List.of(SystemMessage.from(system), UserMessage.from(user));
            response = model.chat(ChatRequest.builder().messages(messages).build());
        } catch (RuntimeException e) {
            return failed(classify(e), describe(e));
        }
        AiMessage message = response == null ? null : response.aiMessage();
        if (response != null && response.finishReason() == FinishReason.CONTENT_FILTER) {
            return failed(ModelReply.Failure.REFUSED, "finish reason content_filter");
        }
        if (message == null || message.text() == null) {
            return failed(ModelReply.Failure.MALFORMED, message == null ? "no message" : "a message without text");
        }
        String text = THINKING.matcher(message.text()).replaceAll("").strip();
        if (text.isEmpty()) {
            return failed(ModelReply.Failure.EMPTY, "blank text");
        }
        if (REFUSAL.matcher(text).matches() && !MARKER.matcher(text).find()) {
            return failed(ModelReply.Failure.REFUSED, "refusal text (" + Math.min(text.length(), 40) + " chars shown): "
                    + text.substring(0, Math.min(text.length(), 40)));
        }
        return new ModelReply.Text(text);
    }

    private ModelReply failed(ModelReply.Failure failure, String detail) {
        detail = scrub(detail);
        log.warn("language model {} failed ({}): {}", name, failure.name().toLowerCase(Locale.ROOT), detail);
        return new ModelReply.Failed(failure, detail);
    }

    static ModelReply.Failure classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                if (status == 429) {
                    return ModelReply.Failure.RATE_LIMITED;
                }
                if (status == 408) {
                    return ModelReply.Failure.TIMEOUT;
                }
                return status >= 500 ? ModelReply.Failure.SERVER_ERROR : ModelReply.Failure.REJECTED;
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return ModelReply.Failure.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof UnresolvedAddressException || t instanceof UnresolvedModelServerException) {
                return ModelReply.Failure.UNREACHABLE;
            }
        }
        if (error instanceof dev.langchain4j.exception.RateLimitException) {
            return ModelReply.Failure.RATE_LIMITED;
        }
        if (error instanceof dev.langchain4j.exception.InternalServerException) {
            return ModelReply.Failure.SERVER_ERROR;
        }
        return ModelReply.Failure.MALFORMED;
    }

    /** The exception chain's types and status, with anything that looks like a key masked. */
    private static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName());
            if (t instanceof HttpException http) {
                out.append(" status ").append(http.statusCode());
            }
            if (t.getCause() == null && t.getMessage() != null) {
                String message = t.getMessage().replaceAll("\\s+", " ");
                out.append(": ").append(message.length() > DETAIL_CHARS ? message.substring(0, DETAIL_CHARS) + "…" : message);
            }
        }
        return out.toString();
    }

    /** {@code text} with the known secrets and anything shaped like a key or bearer token masked. */
    private String scrub(String text) {
        String s = text;
        for (String secret : secrets) {
            s = s.replace(secret, "[hidden]");
        }
        return SECRET.matcher(s).replaceAll("$1[hidden]");
    }
}
