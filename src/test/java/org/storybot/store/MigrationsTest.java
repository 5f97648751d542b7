package org.storybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void should_list_every_migration_script_in_order() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> scripts = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(Migrations.SCRIPTS).isNotEmpty().containsExactlyElementsOf(scripts);
        }
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            assertThat(Migrations.SCRIPTS.get(i)).startsWith("V" + (i + 1) + "__");
        }
    }

    @Test
    void should_split_scripts_into_statements_without_comments() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX b ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX b ON a (x)");
    }

    @Test
    void should_migrate_once_and_open_again_without_changes() {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            assertThat(count(db, "SELECT COUNT(*) FROM schema_version")).isEqualTo(Migrations.SCRIPTS.size());
        }
        try (Database db = Database.open(data)) {
            assertThat(count(db, "SELECT COUNT(*) FROM schema_version")).isEqualTo(Migrations.SCRIPTS.size());
            assertThat(count(db, "SELECT COUNT(*) FROM story")).isZero();
        }
    }

    @Test
    void should_refuse_a_store_whose_applied_migration_was_changed_or_is_newer() {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE schema_version SET checksum = REPEAT('0', 64) WHERE version = 1");
                }
            });
        }
        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(StoreException.class)
                .hasMessageContaining("V1__library.sql differs");

        Path newer = dir.resolve("newer");
        try (Database db = Database.open(newer)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO schema_version VALUES (99, 'future', REPEAT('0', 64), CURRENT_TIMESTAMP)");
                }
            });
        }
        assertThatThrownBy(() -> Database.open(newer)).isInstanceOf(StoreException.class)
                .hasMessageContaining("made by a newer storybot");
    }

    private static int count(Database db, String sql) {
        return db.query(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
