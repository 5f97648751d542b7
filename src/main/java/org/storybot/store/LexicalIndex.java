package org.storybot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;
import org.storybot.story.Story;
import org.storybot.story.WordForms;

/**
 * BM25 over story paragraphs and sentences, in a Lucene index beside the H2 file. H2 is the source of
 * truth: each commit records the library's fingerprint, and an index whose fingerprint does not
 * match the store's (missing, stale after a crash, damaged) is rebuilt from H2 at open.
 * Searches see only committed story replacements, so never half of one.
 */
public final class LexicalIndex implements AutoCloseable {

    public enum Kind { PARAGRAPH, SENTENCE }

    /** A BM25 hit; {@code sentence} is 0 for a paragraph. */
    public record Hit(String storyId, int paragraph, int sentence, double score) {
    }

    static final String FINGERPRINT = "fingerprint";
    /** Bump when analysis or document layout changes: an index of another version is rebuilt. */
    static final String LAYOUT = "layout";
    private static final String LAYOUT_VERSION = "5";
    private static final String KIND = "kind";
    private static final String STORY = "story";
    private static final String PARAGRAPH = "paragraph";
    private static final String SENTENCE = "sentence";
    private static final String TEXT = "text";
    private static final String TITLE = "title";
    private static final String SECTION = "section";
    private static final float SECTION_BOOST = 0.5f;
    /**
     * Paragraph words as written (lower case, accents folded, no stemming), with the story's title
     * and the paragraph's section heading: for "does the story mention X".
     */
    private static final String WORDS = "words";
    private static final float TITLE_BOOST = 0.3f;
    private static final int MAX_QUERY_TERMS = 64;

    private final Analyzer analyzer = new StoryAnalyzer();
    private final Analyzer plain = plainAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LexicalIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    public static LexicalIndex open(Path path) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzers())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (IOException | RuntimeException damaged) {
                // An unreadable index is only a cache of H2: start it afresh, the caller rebuilds it.
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
                writer = new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzers())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            }
            return new LexicalIndex(directory, writer);
        } catch (IOException e) {
            throw new StoreException("cannot open the word index in " + path + ": " + e.getMessage(), e);
        }
    }

    /** The fingerprint of the last commit; "" for a new index, null for one of another layout. */
    public String fingerprint() {
        String fingerprint = "";
        String layout = null;
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (FINGERPRINT.equals(e.getKey())) {
                fingerprint = e.getValue();
            } else if (LAYOUT.equals(e.getKey())) {
                layout = e.getValue();
            }
        }
        boolean empty = writer.getDocStats().numDocs == 0 && fingerprint.isEmpty();
        return empty || LAYOUT_VERSION.equals(layout) ? fingerprint : null;
    }

    /** Replaces (or with null, removes) one story and commits with the library's new fingerprint. */
    public void replaceStory(String storyId, Story story, String fingerprint) {
        try {
            writer.deleteDocuments(new Term(STORY, storyId));
            if (story != null) {
                writer.addDocuments(documents(story));
            }
            commit(fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops everything and indexes {@code stories} afresh. */
    public void rebuild(Iterable<Story> stories, String fingerprint) {
        try {
            writer.deleteAll();
            for (Story story : stories) {
                writer.addDocuments(documents(story));
            }
            commit(fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint, LAYOUT, LAYOUT_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    public List<Hit> search(String query, Kind kind, String storyId, int k) {
        Query parsed = query(query, storyId, kind);
        if (parsed == null || k <= 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(parsed, k);
                List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
                var stored = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document doc = stored.document(sd.doc);
                    hits.add(new Hit(doc.get(STORY), doc.getField(PARAGRAPH).numericValue().intValue(),
                            doc.getField(SENTENCE).numericValue().intValue(), sd.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How telling each term is: its inverse document frequency over the library's paragraphs and
     * sentences (rare words weigh more than common ones).
     */
    public Map<String, Double> termWeights(List<String> terms) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                Map<String, Double> weights = new LinkedHashMap<>();
                double documents = reader.numDocs() + 1.0;
                for (String term : terms) {
                    weights.put(term, Math.log(1 + documents / (reader.docFreq(new Term(TEXT, term)) + 0.5)));
                }
                return weights;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether any paragraph in scope mentions {@code word} as written, allowing for the forms a
     * question may use: another ending ("Russians" for "Russia"), a one-letter slip in a long name,
     * a number written as a word, an ordinal or a Roman numeral. Every part of a hyphenated word
     * must be found.
     */
    public boolean mentions(String word, String storyId) {
        List<String> parts = analyze(plain, WORDS, word);
        if (parts.isEmpty()) {
            return true;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (String part : parts) {
                    BooleanQuery.Builder q = new BooleanQuery.Builder()
                            .add(forms(part), BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term(KIND, Kind.PARAGRAPH.name())), BooleanClause.Occur.FILTER);
                    if (storyId != null) {
                        q.add(new TermQuery(new Term(STORY, storyId)), BooleanClause.Occur.FILTER);
                    }
                    if (searcher.count(q.build()) == 0) {
                        return false;
                    }
                }
                return true;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query forms(String part) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new Term(WORDS, part)), BooleanClause.Occur.SHOULD);
        if (WordForms.isNumber(part)) {
            String digits = WordForms.digits(part);
            any.add(new RegexpQuery(new Term(WORDS, digits + "([^0-9].*)?")), BooleanClause.Occur.SHOULD);
            for (String name : WordForms.numberNames(digits)) {
                any.add(new TermQuery(new Term(WORDS, name)), BooleanClause.Occur.SHOULD);
            }
        } else if (part.length() >= WordForms.FUZZY_LENGTH) {
            any.add(new PrefixQuery(new Term(WORDS, WordForms.stem(part))), BooleanClause.Occur.SHOULD);
            any.add(new FuzzyQuery(new Term(WORDS, part), 1), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** How many paragraph or sentence documents the index holds for one story. */
    public int count(String storyId, Kind kind) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(STORY, storyId)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
                        .build());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed terms of {@code text}: what BM25 matches on. */
    public List<String> terms(String text) {
        return analyze(analyzer, TEXT, text);
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

    /** User text becomes a plain disjunction of its terms: no query syntax, so nothing to inject. */
    private Query query(String text, String storyId, Kind kind) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms) {
            words.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(SECTION, term)), SECTION_BOOST), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER);
        if (storyId != null) {
            q.add(new TermQuery(new Term(STORY, storyId)), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    /** Words as written: standard tokens, lower case, accents folded. */
    private static Analyzer plainAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static Analyzer fieldAnalyzers() {
        return new PerFieldAnalyzerWrapper(new StoryAnalyzer(),
                Map.of(WORDS, plainAnalyzer()));
    }

    private static List<Document> documents(Story story) {
        List<Document> docs = new ArrayList<>();
        for (Paragraph p : story.paragraphs()) {
            docs.add(document(story, p.section(), Kind.PARAGRAPH, p.number(), 0, p.text()));
            for (Sentence s : p.sentences()) {
                docs.add(document(story, p.section(), Kind.SENTENCE, p.number(), s.index(), s.text()));
            }
        }
        return docs;
    }

    private static Document document(Story story, String section, Kind kind, int paragraph, int sentence, String text) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.NO));
        doc.add(new StringField(STORY, story.id(), Field.Store.YES));
        doc.add(new StoredField(PARAGRAPH, paragraph));
        doc.add(new StoredField(SENTENCE, sentence));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        doc.add(new TextField(TITLE, story.title(), Field.Store.NO));
        if (section != null) {
            doc.add(new TextField(SECTION, section, Field.Store.NO));
        }
        if (kind == Kind.PARAGRAPH) {
            doc.add(new TextField(WORDS, text + "\n" + story.title() + (section == null ? "" : "\n" + section), Field.Store.NO));
        }
        return doc;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
