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

    /** The words of {@code text}, in order. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never thrown: the text is in memory
        }
        return words;
    }
}
