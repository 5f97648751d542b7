package org.storybot.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads settings: the documented defaults shipped in the jar (a copy of config/storybot.yaml), then
 * the user's file, then {@code STORYBOT_*} environment variables. Unknown keys and bad values stop
 * start-up with a {@link ConfigException} naming the key.
 */
public final class ConfigLoader {

    public static final String DEFAULTS_RESOURCE = "/storybot.yaml";
    private static final String ENV_PREFIX = "STORYBOT_";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper binder = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    /**
     * @param home folder that relative paths are resolved against
     * @param file the settings file; a missing file means the defaults
     */
    public StorybotConfig load(Path home, Path file, Map<String, String> env) {
        ObjectNode tree = defaults();
        if (file != null && Files.exists(file)) {
            JsonNode user = readYaml(file);
            if (user != null && !user.isNull() && !user.isMissingNode()) {
                if (!user.isObject()) {
                    throw new ConfigException(file + " must hold a mapping of settings");
                }
                merge(tree, (ObjectNode) user, "", file.toString());
            }
        }
        applyEnvironment(tree, "", env);
        StorybotConfig config = bind(tree);
        return new StorybotConfig(home.resolve(config.dataDir()).normalize(), home.resolve(config.storiesDir()).normalize(),
                home.resolve(config.promptsDir()).normalize(), config.ingest(), config.retrieval(), config.answer(),
                config.llm(), config.discord(), config.store(), config.feeds());
    }

    private ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the jar");
            }
            return (ObjectNode) yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default settings", e);
        }
    }

    private JsonNode readYaml(Path file) {
        try {
            return yaml.readTree(file.toFile());
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(file + " is not valid YAML: " + message);
        }
    }

    /** Copies the user's values over the defaults, refusing keys the defaults do not have. */
    private static void merge(ObjectNode target, ObjectNode user, String prefix, String file) {
        Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = prefix + e.getKey();
            JsonNode known = target.get(e.getKey());
            if (known == null) {
                throw new ConfigException(key, "is not a known setting (in " + file + "); known keys here: "
                        + knownKeys(target));
            }
            if (known.isObject()) {
                if (!e.getValue().isObject()) {
                    throw new ConfigException(key, "must be a mapping of settings");
                }
                merge((ObjectNode) known, (ObjectNode) e.getValue(), key + ".", file);
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }

    private static String knownKeys(ObjectNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return String.join(", ", keys);
    }

    private static void applyEnvironment(ObjectNode node, String prefix, Map<String, String> env) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String key = prefix + name;
            JsonNode value = node.get(name);
            if (value.isObject()) {
                applyEnvironment((ObjectNode) value, key + ".", env);
                continue;
            }
            String variable = ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            String override = env.get(variable);
            if (override == null) {
                continue;
            }
            if (value.isArray()) {
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                for (String item : override.split(",")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
                node.set(name, list);
            } else {
                node.set(name, TextNode.valueOf(override.strip()));
            }
        }
    }

    private StorybotConfig bind(ObjectNode tree) {
        try {
            return binder.treeToValue(tree, StorybotConfig.class);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException config) {
                throw config;
            }
            String key = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String problem = e.getOriginalMessage() == null ? "has a bad value" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ConfigException(key.isEmpty() ? "?" : key, "bad value: " + problem);
        } catch (IOException e) {
            throw new ConfigException("settings cannot be read: " + e.getMessage());
        }
    }
}
