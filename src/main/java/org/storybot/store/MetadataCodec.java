package org.storybot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.document.Metadata;
import java.util.Map;
import java.util.UUID;

/**
 * LangChain4j metadata as JSON that keeps each value's type ({"paragraph":{"integer":3}}), so a
 * value read back is equal to the value stored and filters compare it the same way.
 */
final class MetadataCodec {

    private final ObjectMapper json;

    MetadataCodec(ObjectMapper json) {
        this.json = json;
    }

    String encode(Metadata metadata) {
        if (metadata == null || metadata.toMap().isEmpty()) {
            return null;
        }
        ObjectNode root = json.createObjectNode();
        for (Map.Entry<String, Object> e : metadata.toMap().entrySet()) {
            ObjectNode typed = root.putObject(e.getKey());
            Object v = e.getValue();
            if (v instanceof String s) {
                typed.put("string", s);
            } else if (v instanceof UUID u) {
                typed.put("uuid", u.toString());
            } else if (v instanceof Integer i) {
                typed.put("integer", i);
            } else if (v instanceof Long l) {
                typed.put("long", l);
            } else if (v instanceof Float f) {
                typed.put("float", f);
            } else if (v instanceof Double d) {
                typed.put("double", d);
            } else {
                throw new IllegalArgumentException("metadata value of type " + v.getClass().getName() + " is not supported");
            }
        }
        return root.toString();
    }

    Metadata decode(String text) {
        Metadata metadata = new Metadata();
        if (text == null || text.isEmpty()) {
            return metadata;
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored metadata is not valid JSON: " + e.getOriginalMessage(), e);
        }
        root.fields().forEachRemaining(e -> {
            var typed = e.getValue().fields().next();
            String key = e.getKey();
            JsonNode v = typed.getValue();
            switch (typed.getKey()) {
                case "string" -> metadata.put(key, v.asText());
                case "uuid" -> metadata.put(key, UUID.fromString(v.asText()));
                case "integer" -> metadata.put(key, v.asInt());
                case "long" -> metadata.put(key, v.asLong());
                case "float" -> metadata.put(key, v.floatValue());
                case "double" -> metadata.put(key, v.asDouble());
                default -> throw new StoreException("stored metadata has an unknown type " + typed.getKey());
            }
        });
        return metadata;
    }
}
