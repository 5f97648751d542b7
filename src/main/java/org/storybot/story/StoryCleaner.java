package org.storybot.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw article into a story: drops scraper boilerplate, keeps a repeated title once, tells
 * section headings from paragraphs, splits photo captions glued to a paragraph's first word, numbers
 * paragraphs 1..n and splits them into sentences. Deterministic, so the same text always gets the
 * same paragraph numbers.
 */
public final class StoryCleaner {

    private static final int HEADING_MAX_WORDS = 12;
    private static final int HEADING_MAX_CHARS = 100;
    private static final int TITLE_MAX_CHARS = 200;
    private static final int CAPTION_MAX_WORDS = 6;
    private static final String END_PUNCTUATION = ".!?:;,…";
    private static final String CLOSERS = "\"'”’)]»";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Lowercase letter directly followed by a capitalised word: "LindqvistInsiders". */
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> CAPTION_SMALL_WORDS = Set.of("of", "the", "and", "in", "at", "de", "van", "von");
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "a", "an", "in", "on", "at", "as", "for", "he", "she", "it", "they", "we", "i", "but",
            "and", "after", "when", "while", "this", "that", "there", "with", "by", "from", "some", "many");

    private final SentenceSplitter splitter;

    public StoryCleaner(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public Story clean(RawArticle raw, String fallbackId) throws StoryFormatException {
        List<RawArticle.Block> blocks = new ArrayList<>();
        for (RawArticle.Block block : raw.blocks()) {
            String text = Text.normalize(block.text());
            if (!text.isEmpty() && !Boilerplate.isBoilerplate(text)) {
                blocks.add(new RawArticle.Block(text, block.heading()));
            }
        }

        String title = Text.normalize(raw.title());
        if (title.isEmpty() && !blocks.isEmpty() && blocks.get(0).text().length() <= TITLE_MAX_CHARS
                && (blocks.get(0).heading() || looksLikeHeading(blocks.get(0).text()))) {
            title = blocks.remove(0).text();
        }
        if (title.isEmpty()) {
            title = fallbackId;
        }
        // A title repeated as the first lines is kept once.
        String titleKey = Text.key(title);
        while (!blocks.isEmpty() && Text.key(blocks.get(0).text()).equals(titleKey)) {
            blocks.remove(0);
        }

        String id = raw.id() != null && !raw.id().isBlank() ? raw.id().strip() : fallbackId;
        String storyText = String.join("\n", blocks.stream().map(RawArticle.Block::text).toList());
        Map<String, Integer> wordCounts = countWords(storyText);

        List<Paragraph> paragraphs = new ArrayList<>();
        String section = null;
        for (int i = 0; i < blocks.size(); i++) {
            RawArticle.Block block = blocks.get(i);
            boolean bodyFollows = hasBodyAfter(blocks, i);
            if (block.heading() || (looksLikeHeading(block.text()) && bodyFollows)) {
                section = block.text();
                continue;
            }
            String text = splitGluedCaption(block.text(), wordCounts);
            int number = paragraphs.size() + 1;
            paragraphs.add(new Paragraph(number, section, text, splitter.split(text)));
        }
        if (paragraphs.isEmpty()) {
            throw new StoryFormatException("has no body text after cleaning");
        }

        String date = blankToNull(raw.date());
        String authors = blankToNull(raw.authors());
        String source = blankToNull(raw.source());
        String url = blankToNull(raw.url());
        String language = blankToNull(raw.language());
        String lean = blankToNull(raw.lean());
        return new Story(id, title, date, authors, source, url, language, lean, paragraphs,
                hash(title, date, authors, source, url, language, lean, paragraphs));
    }

    /** Short, starts like a title, and ends without sentence punctuation. */
    static boolean looksLikeHeading(String text) {
        if (text.length() > HEADING_MAX_CHARS || Text.wordCount(text) > HEADING_MAX_WORDS) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && END_PUNCTUATION.indexOf(text.charAt(end - 1)) < 0;
    }

    private static boolean hasBodyAfter(List<RawArticle.Block> blocks, int index) {
        for (int j = index + 1; j < blocks.size(); j++) {
            RawArticle.Block next = blocks.get(j);
            if (!next.heading() && !looksLikeHeading(next.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Morag LindqvistInsiders who were briefed..." becomes "Insiders who were briefed...": a short,
     * capitalised caption fused to the paragraph's first word. Split only when the fused token occurs
     * nowhere else in the story and its first part stands alone elsewhere (or the second part is a
     * common sentence opener), so names like "WikiLeaks" or "McDonald" stay whole.
     */
    static String splitGluedCaption(String text, Map<String, Integer> wordCounts) {
        Matcher words = WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (words.find() && spans.size() < CAPTION_MAX_WORDS) {
            spans.add(new int[] {words.start(), words.end()});
        }
        for (int t = 0; t < spans.size(); t++) {
            String token = text.substring(spans.get(t)[0], spans.get(t)[1]);
            Matcher glue = GLUE.matcher(token);
            if (!glue.find()) {
                continue;
            }
            String head = token.substring(0, glue.start());
            String tail = token.substring(glue.start());
            String caption = text.substring(0, spans.get(t)[0]) + head;
            boolean captionLike = Text.wordCount(caption) >= 2 && isCapitalised(caption);
            boolean fusedOnce = wordCounts.getOrDefault(token, 0) <= 1;
            boolean headStandsAlone = wordCounts.getOrDefault(head, 0) >= 1;
            String tailWord = tail.replaceAll("[^\\p{L}].*$", "").toLowerCase();
            if (captionLike && fusedOnce && (headStandsAlone || SENTENCE_STARTERS.contains(tailWord))) {
                return text.substring(spans.get(t)[0] + head.length()).strip();
            }
            return text;
        }
        return text;
    }

    private static boolean isCapitalised(String caption) {
        for (String word : caption.strip().split("\\s+")) {
            if (!CAPTION_SMALL_WORDS.contains(word) && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> countWords(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replaceAll("[.’'-]+$", "");
            counts.merge(w, 1, Integer::sum);
            if (!w.equals(m.group())) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String hash(String title, String date, String authors, String source, String url, String language,
            String lean, List<Paragraph> paragraphs) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {title, date, authors, source, url}) {
            canonical.append(field == null ? "" : field).append('\u0001');
        }
        if (language != null) {
            canonical.append(language).append('\u0001'); // only when known: stories without one keep their hash
        }
        if (lean != null) {
            canonical.append("lean:").append(lean).append('\u0001'); // the same
        }
        for (Paragraph p : paragraphs) {
            canonical.append(p.section() == null ? "" : p.section()).append('\u0002').append(p.text()).append('\u0003');
            // Sentence bounds too: text split anew by a better splitter replaces the old version.
            p.sentences().forEach(x -> canonical.append(x.start()).append('-').append(x.end()).append(','));
        }
        return Text.sha256(canonical.toString());
    }

    private static String blankToNull(String s) {
        String n = Text.normalize(s);
        return n.isEmpty() ? null : n;
    }
}
