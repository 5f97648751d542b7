package org.storybot.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.JWNLIOException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileFactory;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.princeton.file.AbstractPrincetonRandomAccessDictionaryFile;
import net.sf.extjwnl.util.ByteArrayCharSequence;
import net.sf.extjwnl.util.CharBufferCharSequence;
import net.sf.extjwnl.util.PointedCharSequence;
import net.sf.extjwnl.util.factory.Param;

/**
 * One of WordNet's files, mapped into memory read-only, for extJWNL: lines and words are read
 * straight from the mapping, with no system call, no lock and no copy on the heap. extJWNL's own
 * file reader seeks and reads a few dozen bytes at a time, so one look-up's binary search through an
 * index file cost some sixty system calls (most of WordNet's time in a profile of 16 askers); its
 * in-memory reader holds the files on the heap (about 37 MB a dictionary). The mapping's pages stay
 * the operating system's, shared with its file cache. Reads the files as extJWNL's in-memory reader
 * does: the same lines, words and offsets. Named in WordNet's settings (see {@link WordNetFiles}).
 */
public final class MappedWordNetFile extends AbstractPrincetonRandomAccessDictionaryFile
        implements DictionaryFileFactory<MappedWordNetFile> {

    private static final byte NEWLINE = '\n';
    private static final byte SPACE = ' ';

    private volatile ByteBuffer bytes;
    private volatile long firstLineOffset = -1;

    /** The prototype extJWNL makes from the settings. */
    public MappedWordNetFile(Dictionary dictionary, Map<String, Param> params) {
        super(dictionary, params);
    }

    private MappedWordNetFile(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType, Map<String, Param> params) {
        super(dictionary, path, pos, fileType, params);
    }

    @Override
    public MappedWordNetFile newInstance(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType) {
        return new MappedWordNetFile(dictionary, path, pos, fileType, params);
    }

    @Override
    public void open() throws JWNLException {
        try (FileChannel channel = FileChannel.open(Path.of(path, getFilename()), StandardOpenOption.READ)) {
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()); // the mapping outlives the channel
        } catch (IOException | UnsupportedOperationException e) {
            throw new JWNLIOException(e);
        }
    }

    @Override
    public boolean isOpen() {
        return bytes != null;
    }

    @Override
    public void close() {
        bytes = null; // the mapping goes with the buffer
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException("WordNet is read only here");
    }

    @Override
    public void edit() {
        throw new UnsupportedOperationException("WordNet is read only here");
    }

    @Override
    public int getOffsetLength() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setOffsetLength(int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long length() throws JWNLException {
        return open("length").limit();
    }

    /** Where the first line after the licence (whose lines start with a space) begins. */
    @Override
    public long getFirstLineOffset() throws JWNLException {
        if (firstLineOffset < 0) {
            ByteBuffer b = open("first line");
            int i = 0;
            boolean lineStart = true;
            while (i < b.limit() && (!lineStart || b.get(i) == SPACE)) {
                lineStart = b.get(i) == NEWLINE;
                i++;
            }
            firstLineOffset = i;
        }
        return firstLineOffset;
    }

    /** Where the line after the one holding {@code offset} begins; -1 past the end. */
    @Override
    public long getNextLineOffset(long offset) throws JWNLException {
        ByteBuffer b = open("next line");
        if (offset < 0 || offset >= b.limit()) {
            return -1;
        }
        int next = end((int) offset, b, false) + 1;
        return next >= b.limit() ? -1 : next;
    }

    @Override
    public PointedCharSequence readLine(long offset) throws JWNLException {
        return read(offset, false);
    }

    @Override
    public PointedCharSequence readWord(long offset) throws JWNLException {
        return read(offset, true);
    }

    private PointedCharSequence read(long offset, boolean word) throws JWNLException {
        ByteBuffer b = open("read");
        if (offset < 0 || offset >= b.limit()) {
            return null;
        }
        int start = (int) offset;
        int end = end(start, b, word);
        byte[] copy = new byte[end - start];
        b.get(start, copy);
        if (encoding == null) {
            return new ByteArrayCharSequence(copy, 0, copy.length, end);
        }
        try {
            CharBuffer chars = Charset.forName(encoding).newDecoder().decode(ByteBuffer.wrap(copy));
            return new CharBufferCharSequence(chars, end);
        } catch (CharacterCodingException e) {
            throw new JWNLIOException(new IOException(getFilename() + ": not " + encoding + " at " + offset, e));
        }
    }

    /** The end of the line (or, for a word, the first space) from {@code start}. */
    private static int end(int start, ByteBuffer b, boolean word) {
        int i = start;
        while (i < b.limit()) {
            byte c = b.get(i);
            if (c == NEWLINE || word && c == SPACE) {
                break;
            }
            i++;
        }
        return i;
    }

    private ByteBuffer open(String what) throws JWNLException {
        ByteBuffer b = bytes;
        if (b == null) {
            throw new JWNLException("WordNet file " + getFilename() + " is not open (" + what + ")");
        }
        return b;
    }
}
