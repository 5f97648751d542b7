package org.storybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storybot.story.Sentence;
import org.storybot.story.SentenceSplitter;
import org.storybot.text.PlainWords;
import org.storybot.text.StoryAnalyzer;

/**
 * Quotations to check the quote check with, drawn by program from real articles: each text inside
 * quotation marks in politics_2017.json (6 to 60 words, each once), the same with one content word
 * replaced by a content word of another quotation (a fixed seed), and sentences and quotations of
 * the CNN and XSum articles of summaries.json, which the 2017 corpus does not hold. The speaker of
 * a quotation is known only where the article attributes it beyond doubt, by a rule of its own
 * (not the product's): the closing mark followed at once by one to three capitalised words and
 * "said"/"says", or by "said"/"says" and such words ("...," Sessions said / "...," said Jeff Sessions).
 */
public final class QuoteProbes {

    /** The seed of the word replacements: any fixed number; this one is the corpus's year. */
    public static final long SEED = 2017;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]+)[”\"]");
    private static final String NAME = "((?:[A-Z][a-z]+|[A-Z]\\.)(?: (?:[A-Z][a-z]+|[A-Z]\\.)){0,2})";
    private static final Pattern NAME_SAID = Pattern.compile("^\\s*" + NAME + " (?:said|says)\\b");
    private static final Pattern SAID_NAME = Pattern.compile("^\\s*(?:said|says) " + NAME + "\\s*[.,;]");
    private static final Set<String> NOT_NAMES = Set.of("He", "She", "They", "It", "I", "We", "The", "This", "That", "A",
            "An", "But", "And", "His", "Her", "Their", "One", "Officials", "Democrats", "Republicans");

    /** A quotation from an article: {@code speaker} null where the rule above finds none. */
    public record Drawn(int index, String storyId, String text, String speaker) {
    }

    /** A drawn quotation with one word replaced: {@code original} and {@code replaced} its word before and after. */
    public record Changed(Drawn source, String text, String original, String replaced) {
    }

    /** A sentence or quotation from elsewhere, which no 2017 story holds. */
    public record Invented(int index, String source, String text) {
    }

    public record Probes(List<Drawn> drawn, List<Changed> changed, List<Invented> invented) {
    }

    private QuoteProbes() {
    }

    public static Probes read(Path politics, Path summaries, ObjectMapper json, SentenceSplitter splitter) throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode article : json.readTree(politics.toFile())) {
            for (JsonNode paragraph : article.path("paragraphs")) {
                String text = paragraph.asText();
                Matcher m = QUOTED.matcher(text);
                while (m.find()) {
                    String inner = m.group(1).strip();
                    List<String> words = PlainWords.of(inner);
                    if (words.size() >= MIN_WORDS && words.size() <= MAX_WORDS && seen.add(String.join(" ", words))) {
                        drawn.add(new Drawn(drawn.size(), article.path("id").asText(), inner, speaker(text.substring(m.end()))));
                    }
                }
            }
        }
        List<Invented> invented = new ArrayList<>();
        for (JsonNode article : json.readTree(summaries.toFile())) {
            String text = article.path("article").asText();
            for (String block : text.split("\n+")) {
                for (Sentence s : splitter.split(block)) {
                    int words = PlainWords.of(s.text()).size();
                    if (words >= MIN_WORDS && words <= MAX_WORDS) {
                        invented.add(new Invented(invented.size(), article.path("id").asText(), s.text()));
                    }
                }
            }
        }
        return new Probes(drawn, changed(drawn), invented);
    }

    /** The independent rule for the speaker, on the text after the closing mark; null where it is in doubt. */
    static String speaker(String after) {
        for (Pattern p : List.of(NAME_SAID, SAID_NAME)) {
            Matcher m = p.matcher(after);
            if (m.find() && !NOT_NAMES.contains(m.group(1).split(" ")[0])) {
                return m.group(1);
            }
        }
        return null;
    }

    private static List<Changed> changed(List<Drawn> drawn) {
        Random random = new Random(SEED);
        List<Changed> changed = new ArrayList<>();
        for (Drawn d : drawn) {
            List<String> mine = content(d.text());
            if (mine.isEmpty()) {
                continue;
            }
            String original = mine.get(random.nextInt(mine.size()));
            String replacement = null;
            for (int tries = 0; tries < 50 && replacement == null; tries++) {
                List<String> other = content(drawn.get(random.nextInt(drawn.size())).text());
                String pick = other.isEmpty() ? null : other.get(random.nextInt(other.size()));
                if (pick != null && !PlainWords.of(d.text()).contains(pick)) {
                    replacement = pick;
                }
            }
            if (replacement != null) {
                Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}'’])" + Pattern.quote(original) + "(?![\\p{L}\\p{N}'’])").matcher(d.text());
                if (m.find()) {
                    String text = d.text().substring(0, m.start()) + replacement + d.text().substring(m.end());
                    changed.add(new Changed(d, text, original, replacement));
                }
            }
        }
        return changed;
    }

    /** The quotation's content words: letters only, three or more, no stop word. */
    private static List<String> content(String text) {
        return PlainWords.of(text).stream()
                .filter(w -> w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !StoryAnalyzer.isStopWord(w))
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
