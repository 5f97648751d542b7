package org.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the fake gateway keeps of one session so that it can answer op 6 RESUME as Discord does:
 * the session's id and every dispatch sent in it, with its sequence number. A RESUME with the
 * session's id gets the dispatches after the sequence it names (those the bot missed while it was
 * away); one for a session that ended gets op 9. Thread-safe.
 */
final class GatewayReplay {

    /** A dispatch as sent: its sequence number, event name, data and the packet's text. */
    record Sent(int seq, String type, JsonNode data, String packet) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final List<JsonNode> resumes = new ArrayList<>();
    private final List<Integer> replayed = new ArrayList<>();
    private String sessionId;
    private int identifies;

    /** A READY began session {@code id}: what came before it can no longer be resumed. */
    synchronized void started(String id) {
        sessionId = id;
        identifies++;
        sent.clear();
    }

    synchronized void sent(Sent dispatch) {
        sent.add(dispatch);
    }

    /** The session ended (close code 4007 or 4009, op 9, or the bot closed with 1000 / 1001). */
    synchronized void invalidate() {
        sessionId = null;
    }

    synchronized boolean resumable() {
        return sessionId != null;
    }

    /** The answer to a RESUME ({@code d} of op 6): the packets after its {@code seq}, or empty for op 9. */
    synchronized Optional<List<String>> resume(JsonNode d) {
        resumes.add(d);
        if (sessionId == null || !sessionId.equals(d.path("session_id").asText())) {
            return Optional.empty();
        }
        int after = d.path("seq").asInt();
        List<Sent> missed = sent.stream().filter(s -> s.seq() > after).toList();
        missed.forEach(s -> replayed.add(s.seq()));
        return Optional.of(missed.stream().map(Sent::packet).toList());
    }

    /** The last dispatch whose data has this {@code id} (an interaction's, a message's). */
    synchronized Optional<Sent> last(String id) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).data().path("id").asText().equals(id)) {
                return Optional.of(sent.get(i));
            }
        }
        return Optional.empty();
    }

    /** The {@code d} of every RESUME the bot sent, in order. */
    synchronized List<JsonNode> resumes() {
        return List.copyOf(resumes);
    }

    /** The sequence numbers sent again in answer to a RESUME. */
    synchronized List<Integer> replayed() {
        return List.copyOf(replayed);
    }

    /** How many sessions began with IDENTIFY and READY. */
    synchronized int identifies() {
        return identifies;
    }

    synchronized String sessionId() {
        return sessionId;
    }
}
