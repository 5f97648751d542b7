package org.storybot.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storybot.support.Models;

/**
 * The model's file unpacked beside the classes by the build is what a start reads (onnxruntime reads
 * a file faster than the jar's copy can be inflated); a file that is stale or damaged never stops
 * the model from loading, from its jar, with the same vectors.
 */
class BgeSmallModelTest {

    @TempDir
    Path dir;

    private final URL resource = BgeSmallModel.class.getClassLoader().getResource(BgeSmallModel.MODEL);

    @Test
    void should_find_the_model_file_the_build_unpacks_beside_the_classes() throws IOException {
        Optional<Path> file = ModelFile.beside(BgeSmallModel.class, BgeSmallModel.MODEL);

        assertThat(file).as("target/models/" + BgeSmallModel.MODEL + " (maven-dependency-plugin, process-resources)").isPresent();
        try (InputStream jar = resource.openStream()) {
            assertThat(Files.size(file.get())).isEqualTo(jar.readAllBytes().length);
        }
    }

    @Test
    void should_pass_over_a_file_of_another_size_such_as_an_older_model() throws IOException {
        Path stale = Files.write(dir.resolve(BgeSmallModel.MODEL), new byte[1024]);

        assertThat(ModelFile.matching(stale, resource)).isEmpty();
        assertThat(ModelFile.matching(dir.resolve("missing.onnx"), resource)).isEmpty();
    }

    @Test
    void should_load_the_model_from_its_jar_when_the_file_is_damaged_and_embed_alike() throws IOException {
        Path damaged;
        try (InputStream jar = resource.openStream()) {
            damaged = Files.write(dir.resolve(BgeSmallModel.MODEL), new byte[jar.readAllBytes().length]); // the right size, all zeros
        }
        assertThat(ModelFile.matching(damaged, resource)).contains(damaged);

        float[] vector = new BgeSmallModel(Optional.of(damaged)).embed("Who turned down the resignation?").content().vector();

        assertThat(vector).containsExactly(Models.embedder().model().embed("Who turned down the resignation?").content().vector());
    }
}
