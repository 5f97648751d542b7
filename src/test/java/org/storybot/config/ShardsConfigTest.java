package org.storybot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** discord.total-shards and discord.shards: read from the file and the environment, bad values refused naming the key. */
class ShardsConfigTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    private Shards load(Map<String, String> env) {
        return loader.load(dir, Path.of("config/storybot.yaml"), env).discord().sharding();
    }

    @Test
    void should_run_the_one_shard_by_default() {
        Shards shards = load(Map.of());

        assertThat(shards).isEqualTo(Shards.ONE);
        assertThat(shards.run(1)).containsExactly(0);
    }

    @Test
    void should_read_a_count_and_ranges_from_the_file() throws Exception {
        Path file = dir.resolve("storybot.yaml");
        Files.writeString(file, "discord:\n  total-shards: 8\n  shards: 0-2, 5\n");

        Shards shards = loader.load(dir, file, Map.of()).discord().sharding();

        assertThat(shards.total()).isEqualTo(OptionalInt.of(8));
        assertThat(shards.run(8)).containsExactly(0, 1, 2, 5);
    }

    @Test
    void should_take_the_environment_over_the_file_and_auto_as_discords_count() {
        Shards shards = load(Map.of("STORYBOT_DISCORD_TOTAL_SHARDS", "auto", "STORYBOT_DISCORD_SHARDS", "1"));

        assertThat(shards.automatic()).isTrue();
        assertThat(shards.run(2)).containsExactly(1);
        assertThat(load(Map.of("STORYBOT_DISCORD_TOTAL_SHARDS", "AUTO")).run(3)).containsExactly(0, 1, 2);
        assertThat(load(Map.of("STORYBOT_DISCORD_TOTAL_SHARDS", "4", "STORYBOT_DISCORD_SHARDS", "0,2")).ids())
                .containsExactly(0, 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zero  |      | discord.total-shards | must be a number of shards (1 to 16384) or auto",
        "0     |      | discord.total-shards | must be between 1 and 16384, got 0",
        "-2    |      | discord.total-shards | or auto",
        "2     | 2    | discord.shards       | names shard 2, but shard ids run from 0 to 1",
        "2     | 3-1  | discord.shards       | runs backwards",
        "2     | one  | discord.shards       | must list shard ids and ranges, such as 0-3 or 0,2",
        "2     | 0;1  | discord.shards       | must list shard ids",
    })
    void should_refuse_a_bad_value_naming_its_key(String total, String ids, String key, String message) {
        Map<String, String> env = ids == null ? Map.of("STORYBOT_DISCORD_TOTAL_SHARDS", total)
                : Map.of("STORYBOT_DISCORD_TOTAL_SHARDS", total, "STORYBOT_DISCORD_SHARDS", ids);

        assertThatThrownBy(() -> load(env)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config key " + key + ":").hasMessageContaining(message);
    }

    @Test
    void should_say_when_discords_count_leaves_out_a_named_shard() {
        Shards shards = load(Map.of("STORYBOT_DISCORD_TOTAL_SHARDS", "auto", "STORYBOT_DISCORD_SHARDS", "2-3"));

        assertThatThrownBy(() -> shards.run(2)).isInstanceOf(ConfigException.class)
                .hasMessage("config key discord.shards: names shard 3, but Discord recommends 2 shard(s) "
                        + "(discord.total-shards: auto), so ids run from 0 to 1");
    }

    @Test
    void should_describe_the_shards_a_process_runs() {
        assertThat(Shards.describe(List.of(0, 1), 2)).isEqualTo("0, 1 of 2");
    }
}
