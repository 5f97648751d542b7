package org.storybot.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.storybot.answer.Citation;

/** Citations as stored with a reply, in JSON. */
final class CitationJson {

    private final ObjectMapper json;

    CitationJson(ObjectMapper json) {
        this.json = json;
    }

    String write(List<Citation> citations) {
        try {
            return json.writeValueAsString(citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citations cannot be written as JSON", e);
        }
    }

    List<Citation> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<Citation>>() { });
        } catch (JsonProcessingException e) {
            return List.of(); // a damaged record shows no sources rather than failing the reply
        }
    }
}
