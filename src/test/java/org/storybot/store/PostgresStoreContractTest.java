package org.storybot.store;

import java.nio.file.Path;
import org.storybot.support.TestLibrary;
import org.storybot.support.TestPostgres;

/**
 * The store contract on a real PostgreSQL server (see {@link TestPostgres}): a new database for
 * each test, the schema made by the same migrations as H2's.
 */
class PostgresStoreContractTest extends StoreContract {

    private ServerLocation location;

    @Override
    TestLibrary newLibrary(Path dataDir) {
        location = TestPostgres.freshDatabase();
        return reopen(dataDir);
    }

    @Override
    TestLibrary reopen(Path dataDir) {
        return new TestLibrary(dataDir, TestPostgres.settings(location), TestPostgres.env(location));
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }
}
