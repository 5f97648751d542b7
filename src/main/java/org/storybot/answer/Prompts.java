package org.storybot.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.config.ConfigException;

/**
 * The prompt templates for language models, read once from the prompts folder: {@code system.txt},
 * {@code answer.txt}, {@code summary.txt} and {@code condense.txt}. Templates use named
 * placeholders such as {@code {{question}}}. A missing file, a missing required placeholder or an
 * unknown one stops start-up with a message naming the file and the placeholder.
 *
 * <p>Everything that comes from users or from articles (questions, history, passages, titles) goes
 * in fenced as data: between a line {@code ```label} and a line {@code ```}, with every run of three
 * or more backticks inside it cut down to one, so no text can close its fence early.
 */
public final class Prompts {

    /** What a model replies when the passages do not answer; the templates get it as {{not_found}}. */
    public static final String NOT_FOUND = "NOT_IN_STORY";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`{3,}");

    /** One template file: its name, the placeholders it must have and those it may have. */
    private enum Template {
        SYSTEM("system.txt", Set.of(), Set.of("not_found")),
        ANSWER("answer.txt", Set.of("passages", "question"), Set.of("not_found", "passage_count")),
        SUMMARY("summary.txt", Set.of("passages", "max_words"), Set.of("title", "not_found", "paragraph_count")),
        CONDENSE("condense.txt", Set.of("history", "question"), Set.of());

        final String file;
        final Set<String> required;
        final Set<String> allowed;

        Template(String file, Set<String> required, Set<String> optional) {
            this.file = file;
            this.required = required;
            Set<String> all = new TreeSet<>(required);
            all.addAll(optional);
            this.allowed = all;
        }
    }

    private final Map<Template, String> templates;

    private Prompts(Map<Template, String> templates) {
        this.templates = templates;
    }

    /** Reads and checks every template in {@code dir}. */
    public static Prompts load(Path dir) {
        Map<Template, String> loaded = new EnumMap<>(Template.class);
        for (Template t : Template.values()) {
            Path file = dir.resolve(t.file);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("prompts-dir", "the prompt file " + file + " is missing; a language model needs "
                        + "system.txt, answer.txt, summary.txt and condense.txt there");
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("prompts-dir", "cannot read the prompt file " + file + ": " + e.getMessage());
            }
            check(t, file, text);
            loaded.put(t, text.strip());
        }
        return new Prompts(loaded);
    }

    private static void check(Template t, Path file, String text) {
        if (text.isBlank()) {
            throw new ConfigException("prompts-dir", "the prompt file " + file + " is empty");
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        for (String name : found) {
            if (!t.allowed.contains(name)) {
                throw new ConfigException("prompts-dir", "the prompt file " + file + " has an unknown placeholder {{" + name
                        + "}}; it may use " + names(t.allowed));
            }
        }
        for (String name : t.required) {
            if (!found.contains(name)) {
                throw new ConfigException("prompts-dir", "the prompt file " + file + " lacks the placeholder {{" + name
                        + "}}; it must use " + names(t.required));
            }
        }
    }

    private static String names(Set<String> names) {
        return String.join(", ", names.stream().sorted().map(n -> "{{" + n + "}}").toList());
    }

    /** The system message. */
    public String system() {
        return render(templates.get(Template.SYSTEM), Map.of("not_found", NOT_FOUND));
    }

    /**
     * The request to answer {@code question} from {@code passages} (already numbered [1]..[n], see
     * {@link #passage}); both go in fenced.
     */
    public String answer(List<String> passages, String question) {
        return render(templates.get(Template.ANSWER), Map.of(
                "passages", fence("passages", String.join("\n\n", passages)),
                "question", fence("question", question),
                "passage_count", Integer.toString(passages.size()),
                "not_found", NOT_FOUND));
    }

    /** The request to summarise a story from its paragraphs (each marked with its number) in {@code maxWords}. */
    public String summary(String title, List<String> paragraphs, int maxWords) {
        return render(templates.get(Template.SUMMARY), Map.of(
                "title", fence("title", title),
                "passages", fence("story", String.join("\n\n", paragraphs)),
                "max_words", Integer.toString(maxWords),
                "paragraph_count", Integer.toString(paragraphs.size()),
                "not_found", NOT_FOUND));
    }

    /** The request to make {@code question} stand on its own, given the conversation so far. */
    public String condense(String history, String question) {
        return render(templates.get(Template.CONDENSE), Map.of(
                "history", fence("conversation", history),
                "question", fence("question", question)));
    }

    /** One passage as the model sees it: its marker, where it is from, and its text. */
    public static String passage(int marker, String storyTitle, int paragraph, String text) {
        return "[" + marker + "] from “" + oneLine(storyTitle) + "”, paragraph " + paragraph + ":\n" + text.strip();
    }

    /** {@code text} between a line {@code ```label} and a line {@code ```}, unable to close that fence itself. */
    static String fence(String label, String text) {
        String body = BACKTICK_RUN.matcher(text == null ? "" : text.strip()).replaceAll("`");
        return "```" + label + "\n" + body + "\n```";
    }

    /** Fills every placeholder in one pass, so text put in is never read for placeholders itself. */
    private static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replace("`", "'").strip();
    }
}
