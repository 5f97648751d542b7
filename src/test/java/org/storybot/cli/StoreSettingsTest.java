package org.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Cli;

/** A PostgreSQL store that cannot be reached, or is set wrongly: one clear line, exit 1, and never the password. */
class StoreSettingsTest {

    private static final String SECRET = "s3cret-do-not-show";

    @TempDir
    Path dir;

    @Test
    void should_say_in_one_line_that_the_store_cannot_be_reached_without_showing_the_password() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // nothing listens there once closed
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/storybot";
        Cli.Run run = Cli.run(Map.of("STORYBOT_STORE_URL", url + "?ssl=false", "STORYBOT_STORE_PASSWORD", SECRET), null,
                "--data-dir=" + dir, "stories");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("storybot: cannot reach the store at " + url + " as storybot")
                .doesNotContain("?ssl").doesNotContain(SECRET).hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_refuse_a_password_in_the_store_url() {
        Cli.Run run = Cli.run(Map.of("STORYBOT_STORE_URL", "jdbc:postgresql://db/s?password=" + SECRET), null,
                "--data-dir=" + dir, "stories");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("store.url").contains("must not hold a password").doesNotContain(SECRET);
    }
}
