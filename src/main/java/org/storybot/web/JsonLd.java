package org.storybot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org description a page carries in {@code <script type="application/ld+json">}: the
 * first object whose type is an article of some kind (in a list, or under {@code @graph}). Broken
 * JSON is passed over; the page's other metadata still counts.
 */
final class JsonLd {

    /** schema.org's Article and its subtypes, as news and blog pages use them. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "AnalysisNewsArticle",
            "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
            "ReviewNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting",
            "SocialMediaPosting", "Report", "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle",
            "AdvertiserContentArticle");

    private JsonLd() {
    }

    static Optional<JsonNode> article(Document page, ObjectMapper json) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip().replaceAll("^(?:<!\\[CDATA\\[|<!--)|(?:]]>|-->)$", "").strip();
            JsonNode root;
            try {
                root = json.readTree(data);
            } catch (JsonProcessingException e) {
                continue;
            }
            Optional<JsonNode> found = find(root, 0);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(JsonNode node, int depth) {
        if (node == null || depth > 3) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = find(item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (types(node.get("@type")).stream().anyMatch(ARTICLE_TYPES::contains)) {
            return Optional.of(node);
        }
        return find(node.get("@graph"), depth + 1);
    }

    private static List<String> types(JsonNode type) {
        List<String> types = new ArrayList<>();
        if (type != null && type.isTextual()) {
            types.add(type.asText().replaceFirst("^(?:https?://)?schema\\.org/", ""));
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.addAll(types(t)));
        }
        return types;
    }

    /** A field's text: a string, the name of an object, or the first of a list; null when absent. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) {
            value = value.isEmpty() ? null : value.get(0);
        }
        if (value != null && value.isObject()) {
            value = value.get("name");
        }
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** Every name a field holds: "author": "Jane Doe", {"name": ...} or a list of either. */
    static List<String> names(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> names = new ArrayList<>();
        for (JsonNode item : value == null ? List.<JsonNode>of() : value.isArray() ? iterable(value) : List.of(value)) {
            JsonNode name = item.isObject() ? item.get("name") : item;
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                names.add(name.asText().strip());
            }
        }
        return names;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
