package org.storybot.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storybot.support.Models;

/**
 * onnxruntime loads its native libraries from the folder the build unpacks beside the classes, not
 * from copies it would write to a temporary folder at every start.
 */
class NativeLibrariesTest {

    @Test
    void should_find_this_platforms_libraries_the_build_unpacks_beside_the_classes() {
        Optional<String> platform = NativeLibraries.platform();
        assumeThat(platform).as("a platform onnxruntime's jar has libraries for").isPresent();

        Optional<Path> folder = NativeLibraries.folderBeside(BgeSmallModel.class);

        assertThat(folder).as("target/native (maven-dependency-plugin, process-resources)").isPresent();
        assertThat(folder.get().endsWith(Path.of("ai/onnxruntime/native", platform.get()))).isTrue();
        assertThat(folder.get().resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
    }

    @Test
    void should_have_onnxruntime_load_the_unpacked_libraries_once_the_model_is_loaded() throws Exception {
        Path maps = Path.of("/proc/self/maps");
        assumeThat(Files.isReadable(maps)).as("a Linux /proc to see the loaded libraries in").isTrue();

        Models.embedder().embedQuery("who turned down the resignation?"); // the model, loaded once for the tests

        Path folder = NativeLibraries.folderBeside(BgeSmallModel.class).orElseThrow();
        assertThat(System.getProperty(NativeLibraries.PATH_PROPERTY)).isEqualTo(folder.toString());
        assertThat(Files.readString(maps)).contains(folder.resolve("libonnxruntime.so").toString())
                .doesNotContain("/onnxruntime-java");
    }
}
