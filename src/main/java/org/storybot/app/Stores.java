package org.storybot.app;

import java.nio.file.Path;
import java.util.Map;
import org.storybot.config.StoreConfig;
import org.storybot.retrieval.Library;
import org.storybot.store.Database;
import org.storybot.store.ServerLocation;
import org.storybot.store.StoryStore;

/**
 * Which store and index the settings ask for: the embedded H2 library in the data folder with its
 * index beside it, or a PostgreSQL library that processes share, each with an index of its own in
 * its data folder.
 */
final class Stores {

    /** The embedded library's index folder, in the data folder. */
    static final String INDEX = "lucene";
    /** Under it, with a shared library, one numbered folder per process running on this machine. */
    static final String SHARED_INDEXES = "lucene-shared";

    private Stores() {
    }

    /** @param env where the password is read from: the variable store.password-env names */
    static Database open(StoreConfig store, Path dataDir, Map<String, String> env) {
        if (store.embedded()) {
            return Database.open(dataDir);
        }
        String password = store.passwordEnv().isEmpty() ? null : env.get(store.passwordEnv());
        return Database.open(new ServerLocation(store.url(), store.user(), password));
    }

    static Library library(StoreConfig store, StoryStore stories, Path dataDir) {
        return store.embedded() ? Library.open(stories, dataDir.resolve(INDEX))
                : Library.openShared(stories, dataDir.resolve(SHARED_INDEXES));
    }
}
