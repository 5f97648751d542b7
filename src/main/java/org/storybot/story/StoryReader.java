package org.storybot.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads article files: plain text ({@code .txt}), Markdown ({@code .md}) and JSON ({@code .json}, one
 * article object or an array of them). Every failure is a {@link StoryFormatException} whose message
 * is one line a user can act on.
 */
public final class StoryReader {

    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".json");

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|(?<!\\w)[*_](?=\\S)|(?<=\\S)[*_](?!\\w))");

    private final ObjectMapper json;
    private final long maxFileBytes;

    public StoryReader(ObjectMapper json, long maxFileBytes) {
        this.json = json;
        this.maxFileBytes = maxFileBytes;
    }

    /** The largest file accepted (ingest.max-file-mb). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    public static boolean isArticleFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public List<RawArticle> read(Path file) throws StoryFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!isArticleFile(file)) {
            throw new StoryFormatException("is not a .txt, .md, .json, .html or .htm file");
        }
        String text = readText(file);
        String origin = file.toString();
        if (name.endsWith(".json")) {
            return readJson(text, origin);
        }
        List<RawArticle.Block> blocks = name.endsWith(".md") ? markdownBlocks(text) : textBlocks(text);
        if (blocks.isEmpty()) {
            throw new StoryFormatException("has no text");
        }
        return List.of(new RawArticle(null, null, null, null, null, null, blocks, origin));
    }

    private String readText(Path file) throws StoryFormatException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StoryFormatException("cannot be read: " + e.getClass().getSimpleName());
        }
        if (size == 0) {
            throw new StoryFormatException("is empty");
        }
        if (size > maxFileBytes) {
            throw new StoryFormatException(String.format(Locale.ROOT,
                    "is %s, over the %s limit for one file (ingest.max-file-mb)", megabytes(size), megabytes(maxFileBytes)));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoryFormatException("cannot be read: " + e.getClass().getSimpleName());
        }
        if (looksBinary(bytes)) {
            throw new StoryFormatException("looks like a binary file, not text");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new StoryFormatException("is not valid UTF-8 text");
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static List<RawArticle.Block> textBlocks(String text) {
        List<RawArticle.Block> blocks = new ArrayList<>();
        boolean hasBlankLines = BLANK_LINES.matcher(text.strip()).find();
        if (hasBlankLines) {
            for (String chunk : BLANK_LINES.split(text)) {
                if (!chunk.isBlank()) {
                    blocks.add(RawArticle.Block.text(chunk.replace('\n', ' ')));
                }
            }
        } else {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    blocks.add(RawArticle.Block.text(line));
                }
            }
        }
        return blocks;
    }

    static List<RawArticle.Block> markdownBlocks(String text) {
        List<RawArticle.Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\n")) {
            var heading = MD_HEADING.matcher(line.strip());
            if (line.isBlank() || heading.matches()) {
                flush(paragraph, blocks);
                if (heading.matches()) {
                    blocks.add(new RawArticle.Block(stripMarkdown(heading.group(1)), true));
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.matches("^(-{3,}|\\*{3,}|_{3,})$")) {
                flush(paragraph, blocks);
                continue;
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(stripMarkdown(stripped.replaceFirst("^>\\s?", "")));
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<RawArticle.Block> blocks) {
        if (!paragraph.toString().isBlank()) {
            blocks.add(RawArticle.Block.text(paragraph.toString()));
        }
        paragraph.setLength(0);
    }

    private static String stripMarkdown(String line) {
        String s = MD_IMAGE.matcher(line).replaceAll("");
        s = MD_LINK.matcher(s).replaceAll("$1");
        return MD_EMPHASIS.matcher(s).replaceAll("");
    }

    private List<RawArticle> readJson(String text, String origin) throws StoryFormatException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new StoryFormatException("is not valid JSON"
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new StoryFormatException("has no JSON content");
        }
        List<RawArticle> articles = new ArrayList<>();
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new StoryFormatException("holds an empty JSON array");
            }
            for (int i = 0; i < root.size(); i++) {
                articles.add(article(root.get(i), origin, "article " + (i + 1) + " of the array"));
            }
        } else {
            articles.add(article(root, origin, "the JSON object"));
        }
        return articles;
    }

    private RawArticle article(JsonNode node, String origin, String where) throws StoryFormatException {
        if (!node.isObject()) {
            throw new StoryFormatException(where + " is not an object");
        }
        String title = string(node, "title");
        if (title == null || title.isBlank()) {
            throw new StoryFormatException(where + " has no \"title\"");
        }
        List<RawArticle.Block> blocks = new ArrayList<>();
        JsonNode paragraphs = node.get("paragraphs");
        if (paragraphs != null && paragraphs.isArray() && !paragraphs.isEmpty()) {
            for (JsonNode p : paragraphs) {
                if (p.isTextual() && !p.asText().isBlank()) {
                    blocks.add(RawArticle.Block.text(p.asText().replace('\n', ' ')));
                }
            }
        } else {
            String body = string(node, "article");
            if (body == null) {
                body = string(node, "content");
            }
            if (body != null) {
                blocks.addAll(textBlocks(body.replace("\r\n", "\n")));
            }
        }
        if (blocks.isEmpty()) {
            throw new StoryFormatException(where + " (\"" + shorten(title) + "\") has no \"paragraphs\", \"article\" or \"content\" text");
        }
        return new RawArticle(string(node, "id"), title, string(node, "date"), authors(node.get("authors")),
                string(node, "source"), string(node, "url"), string(node, "language"), lean(node), blocks, origin);
    }

    /** The outlet's lean or bias rating, under the names article metadata uses for it. */
    private static String lean(JsonNode node) {
        for (String field : new String[] {"lean", "bias", "allsides_bias"}) {
            String value = string(node, field);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String authors(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            value.forEach(v -> names.add(v.asText()));
            return String.join(", ", names);
        }
        return value.asText();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
