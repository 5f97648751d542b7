package org.storybot.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real data beside the checkout (../shared): SQuAD questions, CNN/XSum summaries, 2017 news.
 * Tests that need it skip, saying why, when it is absent; with -Dstorybot.requireSharedData=true
 * (as .ci/run sets) they fail instead, so CI can never pass by skipping.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("storybot.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static Path require(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            String why = "shared data file " + path + " is absent (the ../shared folder beside the checkout); "
                    + "this test reads real articles written by nobody here";
            if (Boolean.getBoolean("storybot.requireSharedData")) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return path;
    }

    /** The seed story shipped in the project's stories/ folder. */
    public static Path seedStory() {
        return Path.of("stories/sessions-offered-resignation.txt").toAbsolutePath();
    }
}
