package org.storybot.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits paragraph text into sentences with character offsets, using the OpenNLP English sentence
 * model that ships inside the langchain4j jar. Thread-safe: the model is shared, detectors are per call.
 */
public final class SentenceSplitter {

    private static final String MODEL_RESOURCE = "/opennlp/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";

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

    public List<Sentence> split(String text) {
        Span[] spans = new SentenceDetectorME(model).sentPosDetect(text);
        List<Sentence> sentences = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int start = span.getStart();
            int end = span.getEnd();
            // Trim the span to its visible text, keeping offsets exact.
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                sentences.add(new Sentence(sentences.size() + 1, start, end, text.substring(start, end)));
            }
        }
        if (sentences.isEmpty() && !text.isBlank()) {
            String trimmed = text.strip();
            int start = text.indexOf(trimmed);
            sentences.add(new Sentence(1, start, start + trimmed.length(), trimmed));
        }
        return sentences;
    }
}
