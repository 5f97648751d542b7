package org.storybot.answer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.storybot.retrieval.Retrieval;
import org.storybot.store.StoredStory;
import org.storybot.story.SentenceSplitter;
import org.storybot.support.Models;
import org.storybot.support.SharedData;
import org.storybot.support.TestLibrary;

/**
 * The shipped seed story in a real library (H2, Lucene, the real embedding model), with the real
 * parts a language-model composer is built from: the prompts in prompts/, the citation check and
 * the offline composer to fall back on.
 */
public final class SeedStory implements AutoCloseable {

    public final TestLibrary library;
    public final Prompts prompts = Prompts.load(Path.of("prompts"));
    public final GroundingCheck check = new GroundingCheck(new SentenceSplitter(), Models.embedder());
    public final OfflineComposer offline = new OfflineComposer(new Tagger(), Models.lexicon(), Models.embedder(), Models.MIN_SUPPORT);

    public SeedStory(Path dataDir) {
        library = new TestLibrary(dataDir);
        library.ingestor.ingest(List.of(SharedData.seedStory()));
    }

    /** The four best passages for {@code question}, as the assistant retrieves them. */
    public Retrieval retrieve(String question) {
        return library.retriever().retrieve(question, null, 4);
    }

    public StoredStory story() {
        String id = library.library.stories().get(0).id();
        return library.library.storedStory(id).orElseThrow();
    }

    public LanguageModelComposer composer(ModelStub stub, int timeoutSeconds) {
        LanguageModel model = new LanguageModels(Map.of()).open(stub.config(timeoutSeconds, ""));
        return new LanguageModelComposer(model, prompts, check, offline);
    }

    @Override
    public void close() {
        library.close();
    }
}
