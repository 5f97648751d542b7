package org.storybot.cli;

import org.storybot.app.Storybot;
import org.storybot.config.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storybot.store.Folders;
import org.storybot.eval.QaSet;
import org.storybot.story.StoryFormatException;

/**
 * A library of its own for an evaluation, so the user's library is never touched: in a temporary
 * folder deleted afterwards, or in a folder the user names (kept and reused, as unchanged stories
 * are not ingested again).
 */
final class ScratchLibrary {

    @FunctionalInterface
    interface Work {
        void run(Storybot scratch) throws IOException, StoryFormatException;
    }

    private ScratchLibrary() {
    }

    static void run(Storybot main, Path keep, Work work) throws IOException, StoryFormatException {
        Path dir = keep != null ? keep : Files.createTempDirectory("storybot-eval");
        try (Storybot scratch = new Storybot(main.config().withDataDir(dir).withStore(StoreConfig.EMBEDDED), false)) {
            work.run(scratch);
        } finally {
            if (keep == null) {
                Folders.delete(dir);
            }
        }
    }

    /** The question set in {@code file}, or a {@link UserException} saying why it cannot be read. */
    static QaSet readSet(Path file, Storybot storybot) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file");
        }
        try {
            return QaSet.read(file, storybot.json());
        } catch (IOException e) {
            throw new UserException(file + ": " + e.getMessage().lines().findFirst().orElse("cannot be read"));
        }
    }
}
