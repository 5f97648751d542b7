package org.storybot.bench;

import java.nio.file.Path;
import org.storybot.answer.OfflineComposer;
import org.storybot.chat.Assistant;
import org.storybot.chat.EntityCarryOver;
import org.storybot.embedding.Embedder;
import org.storybot.ingest.Ingestor;
import org.storybot.retrieval.HybridRetriever;
import org.storybot.store.AnswerLog;
import org.storybot.store.Database;
import org.storybot.store.StoryStore;
import org.storybot.retrieval.Library;
import org.storybot.story.StoryCleaner;
import org.storybot.story.StoryReader;

/**
 * One library under measurement, in its own folder, wired as storybot's composition root wires it
 * with answers composed offline (the bench measures storybot, not a remote model). Each opening
 * gets its own embedder around the shared model, so its cache of recent query vectors starts
 * empty and no question is answered from a vector remembered at another size.
 */
final class BenchLibrary implements AutoCloseable {

    final Path dir;
    final Library library;
    final Embedder embedder;
    final Ingestor ingestor;
    final HybridRetriever retriever;
    final Assistant assistant;
    private final Database database;
    private final AnswerLog answers;

    private BenchLibrary(Path dir, Database database, Library library, Embedder embedder, Ingestor ingestor, HybridRetriever retriever,
            AnswerLog answers, Assistant assistant) {
        this.database = database;
        this.answers = answers;
        this.dir = dir;
        this.library = library;
        this.embedder = embedder;
        this.ingestor = ingestor;
        this.retriever = retriever;
        this.assistant = assistant;
    }

    static BenchLibrary open(Path dir, CoreParts parts) {
        Database database = Database.open(dir);
        Library library;
        try {
            library = Library.open(new StoryStore(database), dir.resolve("lucene"));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        try {
            Embedder embedder = new Embedder(parts::model);
            var config = parts.config();
            Ingestor ingestor = new Ingestor(new StoryReader(parts.json(), config.ingest().maxFileBytes()),
                    new StoryCleaner(parts.splitter()), embedder, library, database);
            HybridRetriever retriever = new HybridRetriever(library, embedder);
            AnswerLog answers = new AnswerLog(database);
            Assistant assistant = new Assistant(library, retriever,
                    new OfflineComposer(parts.tagger(), parts.lexicon(), embedder, config.answer().minSupport()),
                    new EntityCarryOver(parts.tagger()), answers, parts.json(),
                    new Assistant.Settings(config.answer().maxQuestionChars(), config.retrieval().passages(),
                            config.answer().conversationTurns()));
            return new BenchLibrary(dir, database, library, embedder, ingestor, retriever, answers, assistant);
        } catch (RuntimeException e) {
            library.close();
            database.close();
            throw e;
        }
    }

    @Override
    public void close() {
        answers.close();
        library.close();
        database.close();
    }
}
