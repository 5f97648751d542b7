package org.storybot.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words as written, for "is X mentioned": Unicode word boundaries (hyphens split, "o'brien",
 * "3.5" and "1,000" kept whole), possessives dropped, lower case, accents folded, no stemming and
 * no stop words. The one definition of a mentioned word: the library's index holds paragraphs'
 * words so, and the composer reads its passages so.
 */
public final class PlainWords extends Analyzer {

    /** Analysers keep their token streams per thread, so one serves every caller, as a compiled pattern does. */
    private static final PlainWords WORDS = new PlainWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
        return new TokenStreamComponents(source, stream);
    }

    /** A word and where it stands in the text it was read from: characters [start, end). */
    public record Word(String text, int start, int end) {
    }

    /** The words of {@code text}, in order. */
    public static List<String> of(String text) {
        return located(text).stream().map(Word::text).toList();
    }

    /** The words of {@code text}, in order, each with its span in {@code text}. */
    public static List<Word> located(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never thrown: the text is in memory
        }
        return words;
    }
}
