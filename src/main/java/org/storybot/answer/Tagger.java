package org.storybot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Splits text into word tokens with offsets and tags them with Universal Dependencies parts of
 * speech (PROPN, NOUN, NUM, VERB, ...) using OpenNLP's English model. Thread-safe: the model is
 * shared, taggers are per thread, and recent results are remembered.
 */
public final class Tagger {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";
    /** Words with inner dots, commas, apostrophes and dashes ("U.S.", "1,000", "nine-day-long"), clitics, symbols. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|[.,\\-](?=[\\p{L}\\p{N}])|['’](?![sS]\\b)(?=\\p{L}))*"
                    + "\\.?(?<=\\p{Lu}\\.|[^.]))|['’][sS]\\b|\\S");

    /** A token: its text, its span in the input and its part of speech. */
    public record Token(String text, int start, int end, String tag) {

        public boolean isProperNoun() {
            return tag.equals("PROPN");
        }

        public boolean isNumber() {
            return tag.equals("NUM");
        }

        public boolean isNoun() {
            return tag.equals("NOUN") || tag.equals("PROPN");
        }

        public boolean isWord() {
            return Character.isLetterOrDigit(text.codePointAt(0));
        }
    }

    private static final int CACHED_TEXTS = 8192;

    private final POSModel model;
    /** A tagger per thread: OpenNLP's is not thread-safe, and making one per call is slow. */
    private final ThreadLocal<POSTaggerME> taggers;
    /** Sentences come back question after question; their tags do not change. */
    private final Cache<String, List<Token>> recent = Caffeine.newBuilder().maximumSize(CACHED_TEXTS).build();

    public Tagger() {
        try (InputStream in = Tagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model " + MODEL + " is not on the class path");
            }
            model = new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model", e);
        }
        taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    public List<Token> tag(String text) {
        List<Token> cached = recent.getIfPresent(text);
        if (cached != null) {
            return cached;
        }
        List<Token> tokens = tagFresh(text);
        recent.put(text, tokens);
        return tokens;
    }

    private List<Token> tagFresh(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]).replace('’', '\'');
        }
        String[] tags = words.length == 0 ? new String[0] : taggers.get().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(text.substring(spans.get(i)[0], spans.get(i)[1]), spans.get(i)[0], spans.get(i)[1], tags[i]));
        }
        return List.copyOf(tokens);
    }
}
