package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storybot.chat.Question;
import org.storybot.support.TestLibrary;

/** The store contract on the embedded H2 store: a file in the data folder. */
class H2StoreContractTest extends StoreContract {

    @Override
    TestLibrary newLibrary(Path dataDir) {
        return new TestLibrary(dataDir);
    }

    @Override
    TestLibrary reopen(Path dataDir) {
        return new TestLibrary(dataDir);
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    /** H2 writes the errors it sees into a trace file beside the store, which nobody reads and nothing trims. */
    @Test
    void should_open_answer_and_close_without_an_error_in_the_stores_trace_file() throws Exception {
        Path data = dir.resolve("data");
        for (int run = 0; run < 2; run++) {
            try (TestLibrary t = newLibrary(data)) {
                t.assistant().ask(Question.of("Who offered to resign?"));
            }
        }
        Path trace = data.resolve("storybot.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").as("H2's trace file").isEmpty();
    }
}
