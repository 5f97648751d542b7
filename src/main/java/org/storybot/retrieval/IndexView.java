package org.storybot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.storybot.store.ParagraphKey;
import org.storybot.store.StoredParagraph;
import org.storybot.text.WordForms;

/** One committed version of the {@link StoryIndex}, searched by words and by vector. Close it after use. */
final class IndexView implements AutoCloseable {

    /**
     * A hit; {@code sentence} is 0 for a paragraph. {@code paragraphDoc} is the paragraph's
     * document: a story's documents stay together and in order, each paragraph's followed by its
     * sentences', so a sentence's lies its own number of documents before it.
     */
    record Hit(String storyId, int paragraph, int sentence, double score, int paragraphDoc) {
        ParagraphKey key() {
            return new ParagraphKey(storyId, paragraph);
        }
    }

    private static final float TITLE_BOOST = 0.3f;
    /**
     * Candidates the vector graph is walked for, however few are asked for: with only k, HNSW's beam
     * is too narrow (asked for 3 across the SQuAD library, recall@3 fell from the exact 0.925 to
     * 0.869; with 100 it is the exact search's again, see README, Retrieval quality).
     */
    private static final int GRAPH_CANDIDATES = 100;
    private static final float SECTION_BOOST = 0.5f;

    private final SearcherManager searchers;
    private final IndexSearcher searcher;
    private final IndexFields fields;
    private final IndexDocs docs;
    private final Cache<Mention, Boolean> mentioned;
    /** Terms looked up in this view (see {@link #states}); a view is used by one thread at a time. */
    private final Map<Term, TermStates> termStates = new HashMap<>();

    /** Whether a word is mentioned in one story (or all, for null), in one version of the index. */
    record Mention(IndexReader.CacheKey version, String word, String storyId) {
    }

    IndexView(SearcherManager searchers, IndexSearcher searcher, IndexFields fields, Cache<Mention, Boolean> mentioned) {
        this.searchers = searchers;
        this.searcher = searcher;
        this.fields = fields;
        this.mentioned = mentioned;
        this.docs = new IndexDocs(searcher.getIndexReader());
    }

    List<String> terms(String text) {
        return fields.terms(text);
    }

    /** BM25 for the analysed {@code terms} (see {@link #terms}) over one kind of document, in one story when {@code storyId} is set. */
    List<Hit> search(List<String> terms, StoryIndex.Kind kind, String storyId, int k) {
        if (terms.isEmpty() || k <= 0) {
            return List.of();
        }
        try {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            int clauses = 0;
            for (String term : terms) {
                clauses += should(words, IndexFields.TEXT, term, 1f) + should(words, IndexFields.TITLE, term, TITLE_BOOST)
                        + should(words, IndexFields.SECTION, term, SECTION_BOOST);
            }
            if (clauses == 0) {
                return List.of(); // no term is in the library
            }
            // User text becomes a plain disjunction of its terms: no query syntax, so nothing to inject.
            Query query = scoped(new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST), kind, storyId);
            return hits(searcher.search(query, k));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code k} paragraphs whose unit vectors lie closest to the unit vector {@code query}, closest
     * first (scored by the quantized graph's estimate: callers score the cosines exactly).
     */
    List<Hit> dense(float[] query, int k, String storyId) {
        // only the story's paragraphs, so that Lucene sees how few candidates there are and searches them exactly
        Query filter = storyId == null ? null : scoped(new BooleanQuery.Builder(), StoryIndex.Kind.PARAGRAPH, storyId);
        try {
            return hits(searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, query, Math.max(k, GRAPH_CANDIDATES),
                    filter), k));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds {@code term} in {@code field} as an optional clause, unless no document holds it (a clause
     * that matches nothing adds nothing to any score); returns how many clauses it added.
     */
    private int should(BooleanQuery.Builder words, String field, String term, float boost) throws IOException {
        Term t = new Term(field, term);
        TermStates found = states(t);
        if (found.docFreq() == 0) {
            return 0;
        }
        Query q = new TermQuery(t, found);
        words.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }

    /**
     * Where a term lies in each segment, looked up once for this view: a question's terms are searched
     * in paragraphs and in sentences, and weighed, with one look-up in the terms dictionary each.
     */
    private TermStates states(Term term) throws IOException {
        TermStates found = termStates.get(term);
        if (found == null) {
            found = TermStates.build(searcher, term, true);
            termStates.put(term, found);
        }
        return found;
    }

    private List<Hit> hits(TopDocs top) throws IOException {
        Map<Integer, IndexDocs.Place> places = docs.places(Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray());
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            IndexDocs.Place place = places.get(sd.doc);
            if (place != null) {
                hits.add(new Hit(place.storyId(), place.paragraph(), place.sentence(), sd.score, sd.doc - place.sentence()));
            }
        }
        return hits;
    }

    /** The hits' paragraphs as stored in this version, with their sentences and vectors, by key. */
    Map<ParagraphKey, StoredParagraph> paragraphs(Collection<Hit> hits) {
        try {
            Map<ParagraphKey, Integer> wanted = new LinkedHashMap<>();
            hits.forEach(h -> wanted.putIfAbsent(h.key(), h.paragraphDoc()));
            Map<Integer, StoredParagraph> read = docs.passages(wanted.values().stream().mapToInt(Integer::intValue).toArray());
            Map<ParagraphKey, StoredParagraph> found = new LinkedHashMap<>();
            for (Map.Entry<ParagraphKey, Integer> w : wanted.entrySet()) {
                StoredParagraph p = read.get(w.getValue());
                if (p == null || !p.key().equals(w.getKey())) {
                    p = lookUp(w.getKey()); // never expected: the documents were not where the block order puts them
                }
                if (p != null) {
                    found.put(w.getKey(), p);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraph after each of {@code paragraphs} in its story, in this version, by the earlier one's key. */
    Map<ParagraphKey, StoredParagraph> following(Collection<Hit> hits, Collection<StoredParagraph> paragraphs) {
        return docs.following(hits, paragraphs);
    }

    private StoredParagraph lookUp(ParagraphKey key) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(NumericDocValuesField.newSlowExactQuery(IndexFields.PARAGRAPH, key.number()), BooleanClause.Occur.FILTER);
        TopDocs top = searcher.search(scoped(q, StoryIndex.Kind.PARAGRAPH, key.storyId()), 1);
        return top.scoreDocs.length == 0 ? null : docs.passages(new int[] {top.scoreDocs[0].doc}).get(top.scoreDocs[0].doc);
    }

    /**
     * How telling each term is: its inverse document frequency over the library's paragraphs and
     * sentences (rare words weigh more than common ones).
     */
    Map<String, Double> termWeights(List<String> terms) {
        try {
            IndexReader reader = searcher.getIndexReader();
            Map<String, Double> weights = new LinkedHashMap<>();
            double documents = reader.numDocs() + 1.0;
            for (String term : terms) {
                weights.put(term, Math.log(1 + documents / (states(new Term(IndexFields.TEXT, term)).docFreq() + 0.5)));
            }
            return weights;
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
    boolean mentions(String word, String storyId) {
        IndexReader.CacheHelper version = searcher.getIndexReader().getReaderCacheHelper();
        if (version == null) {
            return mentionedNow(word, storyId);
        }
        // a version's answer holds until the index changes: names and sentence-start words recur across questions,
        // and a word the library lacks costs fuzzy and prefix look-ups each time
        return mentioned.get(new Mention(version.getKey(), word, storyId), m -> mentionedNow(word, storyId));
    }

    private boolean mentionedNow(String word, String storyId) {
        for (String part : fields.plainWords(word)) {
            // the word as written settles most names at the cost of one term lookup; other forms only when it is absent
            BooleanQuery.Builder exact = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.WORDS, part)), BooleanClause.Occur.MUST);
            if (count(scoped(exact, StoryIndex.Kind.PARAGRAPH, storyId)) > 0) {
                continue;
            }
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(forms(part), BooleanClause.Occur.MUST);
            if (count(scoped(q, StoryIndex.Kind.PARAGRAPH, storyId)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static Query forms(String part) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new Term(IndexFields.WORDS, part)), BooleanClause.Occur.SHOULD);
        if (WordForms.isNumber(part)) {
            String digits = WordForms.digits(part);
            any.add(new RegexpQuery(new Term(IndexFields.WORDS, digits + "([^0-9].*)?")), BooleanClause.Occur.SHOULD);
            for (String name : WordForms.numberNames(digits)) {
                any.add(new TermQuery(new Term(IndexFields.WORDS, name)), BooleanClause.Occur.SHOULD);
            }
        } else if (part.length() >= WordForms.FUZZY_LENGTH) {
            any.add(new PrefixQuery(new Term(IndexFields.WORDS, WordForms.stem(part))), BooleanClause.Occur.SHOULD);
            any.add(new FuzzyQuery(new Term(IndexFields.WORDS, part), 1), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** How many paragraph or sentence documents the index holds for one story (or all, for null). */
    int count(String storyId, StoryIndex.Kind kind) {
        return count(scoped(new BooleanQuery.Builder(), kind, storyId));
    }

    /** How many paragraph vectors the index holds for one story (or all, for null). */
    int vectors(String storyId) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new FieldExistsQuery(IndexFields.VECTOR), BooleanClause.Occur.FILTER);
        return count(scoped(q, StoryIndex.Kind.PARAGRAPH, storyId));
    }

    private static Query scoped(BooleanQuery.Builder q, StoryIndex.Kind kind, String storyId) {
        q.add(new TermQuery(new Term(IndexFields.KIND, kind.name())), BooleanClause.Occur.FILTER);
        if (storyId != null) {
            q.add(new TermQuery(new Term(IndexFields.STORY, storyId)), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    private int count(Query q) {
        try {
            return searcher.count(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
