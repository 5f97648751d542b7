package org.storybot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.storybot.store.ParagraphKey;
import org.storybot.store.StoredParagraph;

/**
 * Reads documents of one index version by their ids, from doc values: where each lies (story,
 * paragraph, sentence) and, for paragraphs, the passage kept beside them. Doc values are read
 * forwards within each segment, so ids are visited in order.
 */
final class IndexDocs {

    /** Where a document lies; {@code sentence} is 0 for a paragraph. */
    record Place(String storyId, int paragraph, int sentence) {
    }

    private final IndexReader reader;

    IndexDocs(IndexReader reader) {
        this.reader = reader;
    }

    /** The place of each of {@code docs}. */
    Map<Integer, Place> places(int[] docs) throws IOException {
        Map<Integer, Place> places = new HashMap<>();
        Segment segment = null;
        for (int doc : sorted(docs)) {
            segment = Segment.of(reader, doc, segment);
            Place place = segment.place(doc - segment.leaf.docBase);
            if (place != null) {
                places.put(doc, place);
            }
        }
        return places;
    }

    /** The passages of the given paragraph documents, by id; ids that are not paragraph documents are left out. */
    Map<Integer, StoredParagraph> passages(int[] docs) throws IOException {
        Map<Integer, StoredParagraph> passages = new HashMap<>();
        Segment segment = null;
        for (int doc : sorted(docs)) {
            segment = Segment.of(reader, doc, segment);
            int local = doc - segment.leaf.docBase;
            Place place = segment.place(local);
            if (place != null && place.sentence() == 0 && segment.passage.advanceExact(local)) {
                passages.put(doc, Passages.decode(place.storyId(), place.paragraph(), segment.passage.binaryValue()));
            }
        }
        return passages;
    }

    /**
     * The paragraph after each of {@code paragraphs} in its story, as stored in this version, by the
     * earlier one's key; none after a story's last. A story's documents lie in order, so the next
     * paragraph's document follows this one's sentences'.
     */
    Map<ParagraphKey, StoredParagraph> following(Collection<IndexView.Hit> hits, Collection<StoredParagraph> paragraphs) {
        Bits live = MultiBits.getLiveDocs(reader);
        Map<ParagraphKey, Integer> docOf = new HashMap<>();
        hits.forEach(h -> docOf.putIfAbsent(h.key(), h.paragraphDoc()));
        Map<ParagraphKey, Integer> wanted = new LinkedHashMap<>();
        for (StoredParagraph p : paragraphs) {
            Integer doc = docOf.get(p.key());
            int next = doc == null ? -1 : doc + 1 + p.sentences().size();
            if (next > 0 && next < reader.maxDoc() && (live == null || live.get(next))) {
                wanted.put(p.key(), next);
            }
        }
        Map<Integer, StoredParagraph> read;
        try {
            read = passages(wanted.values().stream().mapToInt(Integer::intValue).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ParagraphKey, StoredParagraph> found = new HashMap<>();
        wanted.forEach((key, doc) -> {
            StoredParagraph p = read.get(doc);
            if (p != null && p.storyId().equals(key.storyId()) && p.number() == key.number() + 1) {
                found.put(key, p);
            }
        });
        return found;
    }

    private static int[] sorted(int[] docs) {
        return Arrays.stream(docs).sorted().distinct().toArray();
    }

    /** One segment's doc values, positioned by increasing ids. */
    private record Segment(LeafReaderContext leaf, SortedDocValues story, NumericDocValues paragraph,
            NumericDocValues sentence, BinaryDocValues passage) {

        static Segment of(IndexReader reader, int doc, Segment current) throws IOException {
            if (current != null && doc < current.leaf.docBase + current.leaf.reader().maxDoc()) {
                return current;
            }
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            LeafReader r = leaf.reader();
            return new Segment(leaf, DocValues.getSorted(r, IndexFields.STORY), DocValues.getNumeric(r, IndexFields.PARAGRAPH),
                    DocValues.getNumeric(r, IndexFields.SENTENCE), DocValues.getBinary(r, IndexFields.PASSAGE));
        }

        Place place(int local) throws IOException {
            if (!story.advanceExact(local) || !paragraph.advanceExact(local) || !sentence.advanceExact(local)) {
                return null;
            }
            return new Place(story.lookupOrd(story.ordValue()).utf8ToString(), (int) paragraph.longValue(),
                    (int) sentence.longValue());
        }
    }
}
