package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The few words PostgreSQL reads differently in the released migrations, and the statements written per dialect. */
class DialectTest {

    @Test
    void should_read_the_released_migrations_for_postgresql_without_h2_only_types() throws Exception {
        for (String script : Migrations.SCRIPTS) {
            String text;
            try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String statement : Migrations.statements(text)) {
                assertThat(Dialect.H2.migration(statement)).isEqualTo(statement);
                assertThat(Dialect.POSTGRESQL.migration(statement)).as(script)
                        .doesNotContainIgnoringCase("LARGE OBJECT").doesNotContainIgnoringCase("VARBINARY")
                        .doesNotContainIgnoringCase("AUTO_INCREMENT");
            }
        }
        assertThat(Dialect.POSTGRESQL.migration("vector VARBINARY(16384) NOT NULL, text CHARACTER LARGE OBJECT"))
                .isEqualTo("vector BYTEA NOT NULL, text TEXT");
        assertThat(Dialect.POSTGRESQL.migration("id BIGINT AUTO_INCREMENT PRIMARY KEY")).isEqualTo("id BIGINT PRIMARY KEY");
    }

    @Test
    void should_write_an_upsert_each_database_understands() {
        List<String> columns = List.of("answer_id", "user_hash", "vote");
        List<String> keys = List.of("answer_id", "user_hash");
        assertThat(Dialect.H2.upsert("feedback", columns, keys))
                .isEqualTo("MERGE INTO feedback (answer_id, user_hash, vote) KEY (answer_id, user_hash) VALUES (?, ?, ?)");
        assertThat(Dialect.POSTGRESQL.upsert("feedback", columns, keys)).isEqualTo("INSERT INTO feedback (answer_id, "
                + "user_hash, vote) VALUES (?, ?, ?) ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = EXCLUDED.vote");
        assertThat(Dialect.H2.insert("answer", List.of("id", "question"))).isEqualTo("INSERT INTO answer (id, question) VALUES (?, ?)");
        assertThat(Dialect.POSTGRESQL.insertIfAbsent("answer", List.of("id", "question"), List.of("id")))
                .isEqualTo("INSERT INTO answer (id, question) VALUES (?, ?) ON CONFLICT (id) DO NOTHING");
        assertThat(Dialect.H2.storyWriteStatements()).as("one process owns an H2 store").isEmpty();
        assertThat(Dialect.POSTGRESQL.storyWriteStatements()).anyMatch(s -> s.contains("pg_notify"));
    }

    @Test
    void should_number_replies_of_several_processes_apart_and_in_time_order() throws Exception {
        AnswerIds one = AnswerIds.timeOrdered(1);
        AnswerIds three = AnswerIds.timeOrdered(2);
        long a = one.next();
        long b = three.next();
        assertThat(a).isNotEqualTo(b);
        long previous = a;
        for (int i = 0; i < 10_000; i++) { // more than one millisecond's worth
            long next = one.next();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
        Thread.sleep(2);
        assertThat(three.next()).as("a later reply of another process sorts after").isGreaterThan(a);
        AnswerIds counted = AnswerIds.after(41);
        assertThat(counted.next()).isEqualTo(42);
    }
}
