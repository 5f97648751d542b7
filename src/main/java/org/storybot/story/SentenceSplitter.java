package org.storybot.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.storybot.text.SpeechVerbs;

/**
 * Splits paragraph text into sentences with character offsets, using the OpenNLP English sentence
 * model that ships inside the langchain4j jar, then repairing what the model gets wrong on news text:
 * <ol>
 * <li>a span the model ran on past a genuine end after "U.S." and the like is split
 *     ({@link Abbreviations#startsNewSentence});</li>
 * <li>adjacent spans whose break is false ("install Sen. | Morag Lindqvist", "5 p.m. | Monday") are merged
 *     ({@link Abbreviations#continues});</li>
 * <li>a quotation the model cut into pieces is kept with its attribution: when a piece opens a quotation
 *     that closes in one of the next two pieces and is followed within {@value #ATTRIBUTION_WINDOW} words by
 *     "said", "told", "according to"..., the pieces are merged, up to {@value #QUOTE_PIECES} pieces and
 *     {@value #QUOTE_WORDS} words.</li>
 * </ol>
 * A merged sentence is the original text from its first start to its last end, so offsets stay exact.
 * Thread-safe: the model is shared, detectors are per call.
 */
public final class SentenceSplitter {

    private static final String MODEL_RESOURCE = "/opennlp/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";

    static final int QUOTE_PIECES = 3;
    static final int QUOTE_WORDS = 80;
    static final int ATTRIBUTION_WINDOW = 6;

    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + MODEL_RESOURCE + " is not on the class path");
            }
            this.model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model", e);
        }
    }

    /** A stretch [start, end) of the paragraph text, trimmed of white space. */
    private record Piece(int start, int end) {

        String in(String text) {
            return text.substring(start, end);
        }
    }

    public List<Sentence> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        for (Span span : new SentenceDetectorME(model).sentPosDetect(text)) {
            addTrimmed(text, span.getStart(), span.getEnd(), pieces);
        }
        pieces = keepQuotesWithAttribution(text, mergeFalseBreaks(text, splitRunOns(text, pieces)));
        List<Sentence> sentences = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            sentences.add(new Sentence(sentences.size() + 1, piece.start(), piece.end(), piece.in(text)));
        }
        if (sentences.isEmpty() && !text.isBlank()) {
            String trimmed = text.strip();
            int start = text.indexOf(trimmed);
            sentences.add(new Sentence(1, start, start + trimmed.length(), trimmed));
        }
        return sentences;
    }

    /** Adds [start, end) trimmed to its visible text, if any is left. */
    private static void addTrimmed(String text, int start, int end, List<Piece> pieces) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            pieces.add(new Piece(start, end));
        }
    }

    /** Splits a piece wherever an abbreviation such as "U.S." is followed by a word that starts a new sentence. */
    private static List<Piece> splitRunOns(String text, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            int from = piece.start();
            for (int i = piece.start() + 1; i < piece.end(); i++) {
                if (text.charAt(i - 1) == '.' && Character.isWhitespace(text.charAt(i))
                        && Abbreviations.startsNewSentence(text.substring(from, i), text.substring(i, piece.end()))) {
                    addTrimmed(text, from, i, out);
                    from = i;
                }
            }
            addTrimmed(text, from, piece.end(), out);
        }
        return out;
    }

    /** Merges each piece into the one before it while the break between them is false. */
    private static List<Piece> mergeFalseBreaks(String text, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            int last = out.size() - 1;
            if (last >= 0 && Abbreviations.continues(out.get(last).in(text), piece.in(text))) {
                out.set(last, new Piece(out.get(last).start(), piece.end()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /** Merges a piece that opens a quotation with the pieces up to its close, when an attribution follows. */
    private static List<Piece> keepQuotesWithAttribution(String text, List<Piece> pieces) {
        int[] depth = quoteDepths(text);
        List<Piece> out = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            int last = attributedClose(text, depth, pieces, i);
            out.add(new Piece(pieces.get(i).start(), pieces.get(last).end()));
            i = last + 1;
        }
        return out;
    }

    /**
     * The index of the piece that closes the quotation opened in piece {@code first} and is attributed right
     * after the close, within the caps; {@code first} itself when there is none.
     */
    private static int attributedClose(String text, int[] depth, List<Piece> pieces, int first) {
        Piece opening = pieces.get(first);
        if (depth[opening.start()] != 0 || depth[opening.end()] == 0) {
            return first;
        }
        int words = Text.wordCount(opening.in(text));
        for (int j = first + 1; j < pieces.size() && j < first + QUOTE_PIECES; j++) {
            Piece piece = pieces.get(j);
            words += Text.wordCount(piece.in(text));
            if (words > QUOTE_WORDS) {
                return first;
            }
            for (int k = piece.start(); k < piece.end(); k++) {
                if (depth[k + 1] == 0) {
                    return attributed(text.substring(k + 1, piece.end())) ? j : first;
                }
            }
        }
        return first;
    }

    /** Whether the text after a closing quotation mark names who said it within a few words. */
    private static boolean attributed(String after) {
        return Arrays.stream(after.strip().split("\\s+"))
                .limit(ATTRIBUTION_WINDOW)
                .map(w -> w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT))
                .anyMatch(SpeechVerbs.ATTRIBUTION::contains);
    }


    /**
     * The quotation depth before each character (index {@code text.length()}: after the last). Curly quotes
     * open and close; a straight quote opens at depth 0, or deeper when it stands between a space and a word,
     * and closes otherwise; a straight quote that can only be a closing one is ignored at depth 0. Single
     * quotes are apostrophes too often to count.
     */
    static int[] quoteDepths(String text) {
        int[] depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            depth[i] = d;
            char c = text.charAt(i);
            if (c == '“') {
                d++;
            } else if (c == '”') {
                d = Math.max(0, d - 1);
            } else if (c == '"') {
                boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                        || "([{—–-".indexOf(text.charAt(i - 1)) >= 0;
                boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
                if (d == 0 ? spaceBefore || wordAfter : spaceBefore && wordAfter) {
                    d++;
                } else if (d > 0) {
                    d--;
                }
            }
        }
        depth[text.length()] = d;
        return depth;
    }
}
