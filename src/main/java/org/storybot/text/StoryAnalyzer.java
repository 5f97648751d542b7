package org.storybot.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English words for BM25: possessives dropped, lower case, accents folded, stop words out, Porter
 * stems. The stop words are Lucene's English set plus the words questions are made of ("what",
 * "how", "many", "did"), which say what kind of answer is wanted, not what it is about.
 */
public final class StoryAnalyzer extends Analyzer {

    static final CharArraySet STOP_WORDS;
    /** Analysers keep their token streams per thread, so one serves every caller of {@link #terms}. */
    private static final StoryAnalyzer TERMS = new StoryAnalyzer();

    static {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much",
                "do", "does", "did", "done", "has", "have", "had", "having", "can", "could", "would", "should", "shall",
                "may", "might", "must", "am", "were", "been", "being", "i", "me", "my", "we", "our", "you", "your",
                "he", "him", "his", "she", "her", "its", "them", "those", "than", "so", "some", "any", "all", "also",
                "from", "about", "other", "s"));
        STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    /** Whether {@code word} is a stop word: the one list, for BM25 and for every rule that skips function words. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The terms BM25 reads in {@code text}, in order: content words, stemmed (numbers among them). */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = TERMS.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never thrown: the text is in memory
        }
        return terms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
