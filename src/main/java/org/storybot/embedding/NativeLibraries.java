package org.storybot.embedding;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * onnxruntime's native libraries as the build unpacks them beside storybot's classes and jar
 * ({@code target/native}, see pom.xml). Left to itself, onnxruntime copies its two libraries out of
 * its jar into a temporary folder at every start before loading them; loading the unpacked ones
 * takes 0.08 s off a cold ask (seven runs each, taking turns, 2026-12-03). They are used only when
 * both are there for this platform, each as long as the jar's copy; else onnxruntime does as it does.
 */
final class NativeLibraries {

    /** onnxruntime's setting for the folder that holds its libraries. */
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private NativeLibraries() {
    }

    /** Points onnxruntime at the unpacked libraries beside {@code code}, unless the folder is set already or they are not there. */
    static void useUnpacked(Class<?> code) {
        if (System.getProperty(PATH_PROPERTY) == null) {
            folderBeside(code).ifPresent(folder -> System.setProperty(PATH_PROPERTY, folder.toString()));
        }
    }

    /** The unpacked folder of this platform's libraries beside {@code code}, if both are there and whole. */
    static Optional<Path> folderBeside(Class<?> code) {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        String inJar = "ai/onnxruntime/native/" + platform.get() + "/";
        try {
            Path folder = ModelFile.besideCode(code, "native").resolve(inJar);
            for (String library : LIBRARIES) {
                String file = System.mapLibraryName(library);
                URL resource = code.getClassLoader().getResource(inJar + file);
                if (resource == null || ModelFile.matching(folder.resolve(file), resource).isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.of(folder);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty(); // no code source or an odd location: onnxruntime copies its libraries out
        }
    }

    /** The platform as onnxruntime's jar names its folders ("linux-x64", "osx-aarch64", "win-x64"), if it is one of them. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
                : os.contains("linux") ? "linux" : null;
        String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return system == null || machine == null ? Optional.empty() : Optional.of(system + "-" + machine);
    }
}
