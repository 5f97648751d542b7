package org.storybot.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storybot.support.Models;
import org.storybot.support.TestLibrary;

/**
 * A library of stories written for a test (Markdown, "# title" then paragraphs), with the real
 * store, index, model and WordNet, asked through the offline composer library-wide as a member asks.
 */
final class WrittenStories implements AutoCloseable {

    private final TestLibrary library;
    private final OfflineComposer composer;

    private WrittenStories(TestLibrary library) {
        this.library = library;
        this.composer = new OfflineComposer(new Tagger(), Models.lexicon(), Models.embedder(), Models.MIN_SUPPORT);
    }

    /** Writes each story into {@code dir} and ingests them all into a library under it. */
    static WrittenStories of(Path dir, String... markdown) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < markdown.length; i++) {
            files.add(Files.writeString(dir.resolve("story-" + i + ".md"), markdown[i]));
        }
        TestLibrary library = new TestLibrary(dir.resolve("data"));
        library.ingestor.ingest(files);
        return new WrittenStories(library);
    }

    Composition ask(String question) {
        return composer.answer(question, library.retriever().retrieve(question, null, 4));
    }

    TestLibrary library() {
        return library;
    }

    @Override
    public void close() {
        library.close();
    }
}
