package org.storybot.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The storybot folder: where config/, prompts/ and stories/ are, and what relative settings are
 * resolved against. The launcher passes it as {@code -Dstorybot.home}; a jar run directly finds it
 * from its own location (target/storybot.jar sits in the project folder); otherwise the working folder.
 */
final class Home {

    private Home() {
    }

    static Path find(Map<String, String> env) {
        String property = System.getProperty("storybot.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String variable = env.get("STORYBOT_HOME");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("config/storybot.yaml"))) {
                    return dir;
                }
                if (dir.getFileName() != null && !dir.getFileName().toString().equals("target")
                        && !dir.equals(code.getParent())) {
                    break;
                }
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall through to the working folder
        }
        return Path.of("").toAbsolutePath();
    }
}
