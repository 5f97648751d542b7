package org.storybot.store;

import java.nio.file.Path;
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
}
