package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void should_report_a_failed_batch_by_the_statements_error_without_the_values_it_quotes() {
        // pgjdbc's message for a failed batch quotes the statement with its values: here a user's question
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO answer (id, question) VALUES "
                + "(('42'::int8), ('my private question')) was aborted: ERROR: duplicate key", "23505", new int[0]);
        batch.setNextException(new SQLException("ERROR: duplicate key value violates unique constraint \"answer_pkey\"\n"
                + "  Detail: Key (id)=(42) already exists.", "23505"));
        Availability embedded = new Availability("the store", null, () -> { });

        StoreException failure = embedded.failure("store error", batch);

        assertThat(failure).isNotInstanceOf(StoreUnavailableException.class)
                .hasMessage("store error: ERROR: duplicate key value violates unique constraint \"answer_pkey\"");
        assertThat(failure.getMessage()).doesNotContain("my private question");
    }
}
