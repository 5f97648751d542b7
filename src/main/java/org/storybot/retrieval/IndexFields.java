package org.storybot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.store.Vectors;
import org.storybot.text.PlainWords;
import org.storybot.text.StoryAnalyzer;

/**
 * The layout of the story index: one document per paragraph (its words, its unit vector for dense
 * search, and the paragraph itself as retrieval reads it back) and one per sentence (its words),
 * each tagged with its story, paragraph and sentence number as doc values; and how text is
 * analysed for each field.
 */
final class IndexFields {

    /** Bump when analysis or document layout changes: an index of another layout is rebuilt. */
    static final String LAYOUT_VERSION = "7";
    static final String KIND = "kind";
    static final String STORY = "story";
    static final String PARAGRAPH = "paragraph";
    static final String SENTENCE = "sentence";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String VECTOR = "vector";
    /** On paragraph documents: the paragraph as retrieval reads it back (see {@link Passages}). */
    static final String PASSAGE = "passage";
    /**
     * Paragraph words as written (lower case, accents folded, no stemming), with the story's title
     * and the paragraph's section heading: for "does the story mention X".
     */
    static final String WORDS = "words";
    private static final int MAX_QUERY_TERMS = 64;

    private final Analyzer stemmed = new StoryAnalyzer();

    /** The analysed terms of {@code text}: what BM25 matches on. */
    List<String> terms(String text) {
        return analyze(stemmed, TEXT, text);
    }

    /** The words of {@code text} as the mention check reads them. */
    List<String> plainWords(String text) {
        return PlainWords.of(text);
    }

    private static List<String> analyze(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    static Analyzer fieldAnalyzers() {
        return new PerFieldAnalyzerWrapper(new StoryAnalyzer(), Map.of(WORDS, new PlainWords()));
    }

    /**
     * A story's documents, each paragraph's followed by its sentences' (the index keeps a story's
     * documents together and in order, so a sentence's paragraph document is its own number of
     * documents before it).
     */
    static List<Document> documents(StoryIndex.Entry entry) {
        Story story = entry.story();
        List<Document> docs = new ArrayList<>();
        for (Paragraph p : story.paragraphs()) {
            Document paragraph = document(story, p.section(), StoryIndex.Kind.PARAGRAPH, p.number(), 0, p.text());
            paragraph.add(new TextField(WORDS, p.text() + "\n" + story.title()
                    + (p.section() == null ? "" : "\n" + p.section()), Field.Store.NO));
            float[] vector = entry.paragraphVectors().get(p.number() - 1);
            paragraph.add(new BinaryDocValuesField(PASSAGE,
                    Passages.encode(story.title(), p, vector, entry.sentenceVectors().get(p.number() - 1))));
            float[] unit = vector == null ? null : Vectors.normalized(vector);
            if (unit != null && Vectors.dot(unit, unit) > 0.5f) { // a zero vector points nowhere
                paragraph.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
            }
            docs.add(paragraph);
            for (Sentence s : p.sentences()) {
                docs.add(document(story, p.section(), StoryIndex.Kind.SENTENCE, p.number(), s.index(), s.text()));
            }
        }
        return docs;
    }

    private static Document document(Story story, String section, StoryIndex.Kind kind, int paragraph, int sentence,
            String text) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.NO));
        doc.add(new StringField(STORY, story.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(STORY, new BytesRef(story.id())));
        doc.add(new NumericDocValuesField(PARAGRAPH, paragraph));
        doc.add(new NumericDocValuesField(SENTENCE, sentence));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        doc.add(new TextField(TITLE, story.title(), Field.Store.NO));
        if (section != null) {
            doc.add(new TextField(SECTION, section, Field.Store.NO));
        }
        return doc;
    }
}
