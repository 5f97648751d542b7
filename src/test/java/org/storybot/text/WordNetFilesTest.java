package org.storybot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.text.Lexicon.Pos;

/** WordNet read from files on disk, copied out of the jar once; from the jar when the folder cannot be written. */
class WordNetFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_copy_the_files_once_and_read_words_from_them() throws Exception {
        Path folder = dir.resolve("wordnet");

        Lexicon lexicon = new Lexicon(folder);

        assertThat(folder.resolve("complete")).exists();
        assertThat(folder.resolve("data.noun")).isRegularFile();
        assertThat(lexicon.baseForms("died", Pos.VERB)).contains("die");
        long copied = Files.getLastModifiedTime(folder.resolve("data.noun")).toMillis();
        Lexicon again = new Lexicon(folder);
        assertThat(again.related("kill", Pos.VERB)).contains("die");
        assertThat(Files.getLastModifiedTime(folder.resolve("data.noun")).toMillis()).as("not copied again").isEqualTo(copied);
    }

    @Test
    void should_read_wordnet_from_the_jar_when_the_folder_cannot_be_made() throws Exception {
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a folder");

        Lexicon lexicon = new Lexicon(blocked.resolve("wordnet"));

        assertThat(lexicon.kinds("doctor")).contains(Lexicon.Kind.PERSON);
    }
}
