package org.storybot.retrieval;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.storybot.store.StoredParagraph;
import org.storybot.store.Vectors;
import org.storybot.story.Paragraph;
import org.storybot.story.Sentence;

/**
 * A paragraph as retrieval reads it back, kept in the index beside the paragraph's document as one
 * binary doc value: its story's title, its section, its text, its unit vector and its sentences'
 * spans and unit vectors. Doc values are stored uncompressed and read in place, so an ask reads
 * its candidates without a query to the store and without decompressing stored fields.
 */
final class Passages {

    private Passages() {
    }

    /** The doc value of paragraph {@code p}; vectors are made unit length, a null paragraph vector stays absent. */
    static BytesRef encode(String title, Paragraph p, float[] vector, List<float[]> sentenceVectors) {
        byte[] titleBytes = utf8(title);
        byte[] sectionBytes = p.section() == null ? null : utf8(p.section());
        byte[] textBytes = utf8(p.text());
        int size = 3 * Integer.BYTES + titleBytes.length + (sectionBytes == null ? 0 : sectionBytes.length) + textBytes.length
                + vectorSize(vector) + Integer.BYTES;
        for (float[] s : sentenceVectors) {
            size += 3 * Integer.BYTES + vectorSize(s);
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        putBytes(out, titleBytes);
        putBytes(out, sectionBytes);
        putBytes(out, textBytes);
        putVector(out, vector);
        out.putInt(p.sentences().size());
        for (Sentence s : p.sentences()) {
            out.putInt(s.index()).putInt(s.start()).putInt(s.end());
            putVector(out, sentenceVectors.get(s.index() - 1));
        }
        return new BytesRef(out.array());
    }

    static StoredParagraph decode(String storyId, int number, BytesRef value) {
        ByteBuffer in = ByteBuffer.wrap(value.bytes, value.offset, value.length).order(ByteOrder.LITTLE_ENDIAN);
        String title = getString(in);
        String section = getString(in);
        String text = getString(in);
        float[] vector = getVector(in);
        int count = in.getInt();
        List<StoredParagraph.StoredSentence> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = in.getInt();
            int start = in.getInt();
            int end = in.getInt();
            sentences.add(new StoredParagraph.StoredSentence(index, start, end, text.substring(start, end), getVector(in)));
        }
        return new StoredParagraph(storyId, title, number, section, text, vector, sentences);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int vectorSize(float[] v) {
        return Integer.BYTES + (v == null ? 0 : v.length * Float.BYTES);
    }

    private static void putBytes(ByteBuffer out, byte[] bytes) {
        out.putInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.put(bytes);
        }
    }

    private static void putVector(ByteBuffer out, float[] vector) {
        if (vector == null) {
            out.putInt(0);
            return;
        }
        float[] unit = Vectors.normalized(vector);
        out.putInt(unit.length);
        out.asFloatBuffer().put(unit);
        out.position(out.position() + unit.length * Float.BYTES);
    }

    private static String getString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    private static float[] getVector(ByteBuffer in) {
        int dimension = in.getInt();
        if (dimension == 0) {
            return null;
        }
        float[] vector = new float[dimension];
        in.asFloatBuffer().get(vector);
        in.position(in.position() + dimension * Float.BYTES);
        return vector;
    }
}
