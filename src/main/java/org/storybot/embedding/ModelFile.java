package org.storybot.embedding;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedding model's file as the build unpacks it beside storybot's classes and jar
 * ({@code target/models}, see pom.xml). onnxruntime reads that file in a fraction of the time
 * inflating the model out of LangChain4j's jar takes (about 0.4 s of every cold start on two
 * cores), so a start uses it when it is there and has the size of the jar's copy; else, as when
 * storybot's classes run from elsewhere, the jar's copy is read.
 */
final class ModelFile {

    private ModelFile() {
    }

    /** The unpacked file of the class-path resource {@code name}, if it is beside the code and as long as the resource. */
    static Optional<Path> beside(Class<?> code, String name) {
        try {
            URL resource = code.getClassLoader().getResource(name);
            return resource == null ? Optional.empty() : matching(besideCode(code, "models").resolve(name), resource);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty(); // no code source or an odd location: the jar's copy serves
        }
    }

    /** The folder {@code folder} the build makes beside {@code code}'s classes folder or jar ({@code target/models}, {@code target/native}). */
    static Path besideCode(Class<?> code, String folder) throws URISyntaxException {
        return Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI()).resolveSibling(folder);
    }

    /** {@code file}, if it exists and is as long as {@code resource} (an older model's file is not). */
    static Optional<Path> matching(Path file, URL resource) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            URLConnection connection = resource.openConnection();
            long size = connection instanceof JarURLConnection jar ? jar.getJarEntry().getSize() : connection.getContentLengthLong();
            return size >= 0 && Files.size(file) == size ? Optional.of(file) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable file or resource: the jar's copy serves
        }
    }
}
